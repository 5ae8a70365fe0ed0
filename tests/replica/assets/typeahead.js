/**
 * Instagram's country typeahead (meta-flow.md, "Real markup"): typing shows the countries whose
 * name starts with the text; choosing one writes its name into the input, its code into the
 * hidden `Field<id>_iso2_country_code` and into the form state. Any typing clears the choice, so
 * text set from outside, or typed and never chosen, leaves the country empty.
 */
import { render } from './dom.js';

/** Lower case without accents, as a typeahead compares. */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Binds the typeahead in `refs` (countryInput, countryCode, countrySuggestions) to `state.country`. */
export function bindTypeahead(refs, state, countries) {
  const { countryInput: input, countryCode: code, countrySuggestions: list } = refs;
  if (!input || !code || !list) return;
  list.setAttribute('role', 'listbox');
  input.setAttribute('aria-autocomplete', 'list');

  const choose = (value) => {
    const country = countries.find((c) => c.code === value);
    if (!country) return;
    input.value = country.name;
    code.value = country.code;
    state.country = country.code;
    list.replaceChildren();
  };

  input.addEventListener('input', () => {
    state.country = '';
    code.value = '';
    const typed = fold(input.value);
    const matches = typed ? countries.filter((c) => fold(c.name).startsWith(typed)) : [];
    const options = matches
      .map((c) => `<li role="option" aria-selected="false" tabindex="-1" data-r-on="choose:${c.code}" style="padding:8px 12px;cursor:pointer"><span>${c.name}</span></li>`)
      .join('');
    render(list, options, { choose });
  });
  // A chosen country shows its name: the state keeps the code the list set.
  if (state.country) choose(state.country);
}
