/**
 * The Privacy Center's "AI at Meta" page, as a piece of regular expression over the path after
 * `/privacy/`: `genai/`, also `guide/genai/` and `guide/generative-ai/` (docs/meta-pages.md).
 */
export const GENAI_TOPIC_PATH = '(?:guide/)?(?:genai|generative-ai)';
