import { describe, expect, it } from 'vitest';
import { accessibleName, roleOf, selectorForRoles } from '@/lib/page/accessible-name';

function fixture(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
const $ = (selector: string) => document.querySelector(selector)!;

describe('accessibleName', () => {
  it('takes aria-label first, then aria-labelledby, then the text', () => {
    fixture(`
      <div role="button" id="a" aria-label="Your profile"><span>Marie</span></div>
      <span id="l1">Privacy</span><span id="l2">Center</span>
      <a id="b" href="/privacy/center/" aria-labelledby="l1 l2">ignored text</a>
      <div role="button" id="c" aria-label="  "><span>Settings</span> <span>&amp; privacy</span></div>`);
    expect(accessibleName($('#a'))).toBe('Your profile');
    expect(accessibleName($('#b'))).toBe('Privacy Center');
    expect(accessibleName($('#c')).replace(/\s+/g, ' ').trim()).toBe('Settings & privacy');
  });

  it('names a form field by its label, a wrapping label, or its placeholder', () => {
    fixture(`
      <label for="email">Email address</label><input id="email" type="email">
      <label>Country of residence <select id="country"><option>France</option></select></label>
      <textarea id="reason" placeholder="Tell us how this processing impacts you"></textarea>`);
    expect(accessibleName($('#email'))).toBe('Email address');
    expect(accessibleName($('#country'))).toContain('Country of residence');
    expect(accessibleName($('#reason'))).toBe('Tell us how this processing impacts you');
  });

  it('never names a field by what it holds: a suggestion list\'s options, a text box\'s text', () => {
    fixture(`
      <ul id="list" role="listbox"><li role="option">Países Bajos</li></ul>
      <div id="combo" role="combobox" title="País de residencia"><span>Austria</span></div>
      <div id="box" role="textbox" contenteditable="true">País de residencia: Francia</div>
      <span id="l">País de residencia</span><ul id="named" role="listbox" aria-labelledby="l"><li role="option">Países Bajos</li></ul>
      <select id="select"><option>Países Bajos</option></select>`);
    expect(accessibleName($('#list'))).toBe('');
    expect(accessibleName($('#combo'))).toBe('País de residencia');
    expect(accessibleName($('#box'))).toBe('');
    expect(accessibleName($('#named'))).toBe('País de residencia');
    expect(accessibleName($('#select'))).toBe('');
    // An option is named by its words.
    expect(accessibleName($('[role="option"]'))).toBe('Países Bajos');
  });

  it('falls back to a title or an image’s alt for an icon', () => {
    fixture(`<a id="t" href="#" title="More"></a><a id="i" href="#"><img alt="Settings"></a><span id="n"></span>`);
    expect(accessibleName($('#t'))).toBe('More');
    expect(accessibleName($('#i'))).toBe('Settings');
    expect(accessibleName($('#n'))).toBe('');
  });
});

describe('roles', () => {
  it('reads the explicit role first, else the tag’s implicit one', () => {
    fixture(`
      <a id="link" href="/x">x</a><a id="anchor">no href</a><button id="b">b</button>
      <div id="menu" role="menuitem button">m</div><input id="r" type="radio"><input id="e" type="email"><select id="s"></select>`);
    expect(roleOf($('#link'))).toBe('link');
    expect(roleOf($('#anchor'))).toBeUndefined();
    expect(roleOf($('#b'))).toBe('button');
    expect(roleOf($('#menu'))).toBe('menuitem');
    expect(roleOf($('#r'))).toBe('radio');
    expect(roleOf($('#e'))).toBe('textbox');
    expect(roleOf($('#s'))).toBe('combobox');
  });

  it('selects every element that may carry a role, explicit or implicit', () => {
    fixture(`<a id="a" href="/x">x</a><div id="d" role="link">y</div><button id="b">z</button>`);
    const ids = [...document.querySelectorAll(selectorForRoles(['link']))].map((el) => el.id);
    expect(ids).toEqual(['a', 'd']);
  });
});
