/** Namespaces of the XLIFF 2.0 modules and the elements and attributes each defines (section 5 of the standard). */
export const MODULES = {
  mtc: { ns: 'urn:oasis:names:tc:xliff:matches:2.0', elements: ['matches', 'match'], attributes: [] },
  gls: { ns: 'urn:oasis:names:tc:xliff:glossary:2.0', elements: ['glossary', 'glossEntry', 'term', 'translation', 'definition'], attributes: [] },
  fs: { ns: 'urn:oasis:names:tc:xliff:fs:2.0', elements: [], attributes: ['fs', 'subFs'] },
  mda: { ns: 'urn:oasis:names:tc:xliff:metadata:2.0', elements: ['metadata', 'metaGroup', 'meta'], attributes: [] },
  res: { ns: 'urn:oasis:names:tc:xliff:resourcedata:2.0', elements: ['resourceData', 'resourceItem', 'resourceItemRef', 'source', 'target', 'reference'], attributes: [] },
  ctr: { ns: 'urn:oasis:names:tc:xliff:changetracking:2.0', elements: ['changeTrack', 'revisions', 'revision', 'item'], attributes: [] },
  slr: {
    ns: 'urn:oasis:names:tc:xliff:sizerestriction:2.0',
    elements: ['profiles', 'normalization', 'data'],
    attributes: ['storageRestriction', 'sizeRestriction', 'equivStorage', 'sizeInfo', 'sizeInfoRef'],
  },
  val: { ns: 'urn:oasis:names:tc:xliff:validation:2.0', elements: ['validation', 'rule'], attributes: [] },
} as const;

export const MTC_NS = MODULES.mtc.ns;
export const GLS_NS = MODULES.gls.ns;
export const FS_NS = MODULES.fs.ns;
export const MDA_NS = MODULES.mda.ns;
export const RES_NS = MODULES.res.ns;
export const CTR_NS = MODULES.ctr.ns;
export const SLR_NS = MODULES.slr.ns;
export const VAL_NS = MODULES.val.ns;

/** Namespace URI → module prefix, for the modules above. */
export const moduleByNamespace: ReadonlyMap<string, keyof typeof MODULES> = new Map(
  (Object.keys(MODULES) as Array<keyof typeof MODULES>).map((prefix) => [MODULES[prefix].ns, prefix]),
);

/** Whether a namespace belongs to XLIFF itself (core or a module); anything else is an extension. */
export function isXliffNamespace(uri: string): boolean {
  return uri.startsWith('urn:oasis:names:tc:xliff:');
}

/** Splits an attribute key of `XmlElement.attributes` (`{uri}local` or `local`). */
export function attributeName(key: string): { uri: string; local: string } {
  if (!key.startsWith('{')) return { uri: '', local: key };
  const end = key.indexOf('}');
  return { uri: key.slice(1, end), local: key.slice(end + 1) };
}
