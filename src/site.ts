/** The site's name and summary, stated once (Starlight's config, link previews and cards read them). */
export const SITE_TITLE = 'Cloud Data & ML Study Guide';
export const SITE_DESCRIPTION =
	'A study guide to AWS, Google Cloud and Azure data and ML services for architecture interviews: what each service is, the numbers worth knowing, and how the clouds compare.';
/** The public origin used when no `--site` flag or SITE_URL is given. */
export const DEFAULT_SITE_URL = 'https://cloud-study-guide.example.org';
/**
 * The project's repository: "Report an outdated fact" opens a new issue there, and each page's edit link points into
 * it. Change it here when the guide is published from another repository.
 */
export const REPOSITORY_URL = 'https://github.com/cloud-data-ml-study-guide/guide';
/** The branch edit links open. */
export const REPOSITORY_BRANCH = 'main';
