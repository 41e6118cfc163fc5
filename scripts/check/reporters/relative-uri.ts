/**
 * A project-relative path as a relative URI reference: every segment percent-encoded
 * except the sub-delimiters RFC 3986 allows in a path (`,` stays `,`). A `:` is
 * encoded so the first segment cannot be read as a scheme.
 */
export function relativeUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(21|24|26|27|28|29|2A|2B|2C|3B|3D|40)/g, (escape) => decodeURIComponent(escape)))
    .join('/');
}
