/** Path prefix of the mock's own routes: control API, console, served files. The vendor's paths start with `/api/`. */
export const CONTROL_PREFIX = "/__twin";
