import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../scripts/core/diagnostic.js';
import { XLIFF_RULES } from '../../scripts/xliff/rules/rule-table.js';
import { validateXliffAll } from '../../scripts/xliff/validate-xliff.js';
import { repoRoot } from './helpers/article.js';
import { requireSchemas } from './helpers/xmllint.js';

/**
 * The OASIS XLIFF 2 test suite (test/fixtures/xliff-test-suite): every valid file must give no error,
 * every invalid file at least one, and among them the rule its name says it breaks, so that no file
 * passes for an unrelated reason.
 */
const suiteDir = path.join(repoRoot, 'test/fixtures/xliff-test-suite');
const index = readFileSync(path.join(suiteDir, 'INDEX.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [file, verdict] = line.split(' | ');
    return { file: file!, verdict: verdict as 'valid' | 'invalid' };
  });

/**
 * The rule each invalid file breaks, read from its name, its comments and the section of the
 * standard they cite. `xliff/schema` where the OASIS schemas already reject the file.
 */
const expectedRule: Record<string, string> = {
  bad_CommentWithValueAndRef: 'xliff/bad-comment',
  bad_ConfusedIsolatedOnEc: 'xliff/unpaired-code',
  bad_CopyOfWithBadReference: 'xliff/bad-copy-of',
  bad_CopyOfWithNoCopyReference: 'xliff/bad-copy-of',
  bad_CopyOfWithOriginalData: 'xliff/bad-copy-of',
  bad_DataIdNotUnique: 'xliff/duplicate-id',
  bad_DataRefWithoutOriginalData: 'xliff/bad-data-ref',
  bad_DifferentCanCopyInScAndEc: 'xliff/code-attribute-mismatch',
  bad_DifferentCanDeleteInScAndEc: 'xliff/code-attribute-mismatch',
  bad_DifferentCanOverlapInScAndEc: 'xliff/code-attribute-mismatch',
  bad_DifferentCanReorderInScAndEc: 'xliff/code-attribute-mismatch',
  bad_DifferentXmlSpace: 'xliff/xml-space-mismatch',
  bad_DuplicateExtElemIdsInFile: 'xliff/duplicate-id',
  bad_DuplicateExtElemIdsInGroup: 'xliff/duplicate-id',
  bad_DuplicateExtElemIdsInUnit: 'xliff/duplicate-id',
  bad_DuplicateNoteIdsInFile: 'xliff/duplicate-id',
  bad_DuplicateNoteIdsInGroup: 'xliff/duplicate-id',
  bad_DuplicateNoteIdsInUnit: 'xliff/duplicate-id',
  bad_EcBeforeSc: 'xliff/unpaired-code',
  bad_EmBeforeSm: 'xliff/unpaired-code',
  bad_EmptySkeletonWithoutHref: 'xliff/skeleton',
  bad_FileIdNotUnique: 'xliff/duplicate-id',
  bad_GroupIdNotUnique: 'xliff/duplicate-id',
  bad_GroupWithoutId: 'xliff/schema',
  bad_IgnorableIdNotUnique: 'xliff/duplicate-id',
  bad_IgnorableWithoutSource: 'xliff/schema',
  bad_InvalidCommentAnnotation1: 'xliff/bad-comment',
  bad_InvalidCommentAnnotation2: 'xliff/bad-comment',
  bad_InvalidCommentAnnotation3: 'xliff/bad-comment',
  bad_InvalidCommentAnnotation4: 'xliff/bad-comment',
  bad_InvalidDataRef: 'xliff/bad-data-ref',
  bad_InvalidDataRefEnd: 'xliff/bad-data-ref',
  bad_InvalidDataRefStart: 'xliff/bad-data-ref',
  bad_InvalidDirAttributeOnSource: 'xliff/schema',
  bad_InvalidExtensionAttributeOnPc: 'xliff/misplaced-extension',
  bad_InvalidExtensionAttributeOnSegment: 'xliff/schema',
  bad_InvalidExtensionAttributeOnSource: 'xliff/schema',
  bad_InvalidExtensionAttributeOnTarget: 'xliff/schema',
  bad_InvalidExtensionElementInData: 'xliff/schema',
  bad_InvalidExtensionElementInFile: 'xliff/schema',
  bad_InvalidExtensionElementInOriginalData: 'xliff/schema',
  bad_InvalidExtensionElementInSegment: 'xliff/schema',
  bad_InvalidExtensionElementOutsideFile: 'xliff/schema',
  bad_InvalidFSAttribute: 'xliff/unknown-module-node',
  bad_InvalidFSAttributeOnEc: 'xliff/fs-value',
  bad_InvalidFSAttributeValue: 'xliff/fs-value',
  bad_InvalidFragIdBadOrder: 'xliff/bad-fragment-id',
  bad_InvalidFragIdDuplicatedPrefix: 'xliff/bad-fragment-id',
  bad_InvalidFragIdMissplacedLeaf: 'xliff/bad-fragment-id',
  bad_InvalidFragIdNoSingleLeaf: 'xliff/bad-fragment-id',
  bad_InvalidFragIdPrefixNotNmtoken: 'xliff/bad-fragment-id',
  bad_InvalidFragIdPrefixTooShort: 'xliff/bad-fragment-id',
  bad_InvalidFragIdSyntax: 'xliff/bad-fragment-id',
  bad_InvalidFragIdUnknownPrefix: 'xliff/bad-fragment-id',
  bad_InvalidHexRangeOnCp: 'xliff/bad-cp',
  bad_InvalidHexValueOnCp: 'xliff/schema',
  bad_InvalidId1: 'xliff/schema',
  bad_InvalidId2: 'xliff/schema',
  bad_InvalidId3: 'xliff/schema',
  bad_InvalidIsolatedOnEc: 'xliff/isolated-code',
  bad_InvalidIsolatedOnSc: 'xliff/unpaired-code',
  bad_InvalidLoneEm: 'xliff/unpaired-code',
  bad_InvalidLoneSm: 'xliff/unpaired-code',
  bad_InvalidNoteRefInUnit: 'xliff/bad-comment',
  bad_InvalidNotesInFile: 'xliff/schema',
  bad_InvalidNotesInGroup: 'xliff/schema',
  bad_InvalidNotesInUnit: 'xliff/schema',
  bad_InvalidStateValue: 'xliff/schema',
  bad_InvalidTranslateInSegment: 'xliff/schema',
  bad_InvalidTypeSubTypeValues: 'xliff/bad-subtype',
  bad_InvalidTypeValue: 'xliff/schema',
  bad_InvalidValidation: 'xliff/unknown-module-node',
  bad_InvalidXmlLangInheritedFromFile: 'xliff/wrong-language',
  bad_InvalidXmlLangInheritedFromGroup: 'xliff/wrong-language',
  bad_InvalidXmlLangInheritedFromUnit: 'xliff/wrong-language',
  bad_InvalidXmlLangOnFile: 'xliff/wrong-language',
  bad_InvalidXmlLangOnGroup: 'xliff/wrong-language',
  bad_InvalidXmlLangOnUnit: 'xliff/wrong-language',
  bad_IsolatedEcWithId: 'xliff/isolated-code',
  bad_MissingIsolatedOnEc: 'xliff/unpaired-code',
  bad_MissingIsolatedOnSc: 'xliff/unpaired-code',
  bad_MissingNonRemovable1: 'xliff/deleted-code',
  bad_MissingNonRemovable2: 'xliff/deleted-code',
  bad_MissingReorderFirstNo: 'xliff/can-reorder',
  bad_NoFile: 'xliff/schema',
  bad_NoTrgLang: 'xliff/missing-trglang',
  bad_NoTrgLangWithIgnorable: 'xliff/missing-trglang',
  bad_NoUnitOrGroupInFile: 'xliff/schema',
  bad_NonEmptySkeletonWithHref: 'xliff/skeleton',
  bad_NonIsolatedEcWithoutStartRef: 'xliff/unpaired-code',
  bad_NotesWithoutNote: 'xliff/schema',
  bad_OrderNotUnique1: 'xliff/target-order',
  bad_OrderNotUnique2: 'xliff/target-order',
  bad_OriginalDataWithoutData: 'xliff/schema',
  bad_PartIdNotUnique: 'xliff/duplicate-id',
  bad_RefAndValueInComment: 'xliff/bad-comment',
  bad_SegmentIdNotUnique: 'xliff/duplicate-id',
  bad_SegmentWithoutSource: 'xliff/schema',
  bad_SrcLangNotWellFormed: 'xliff/bad-language-tag',
  bad_SubFlowWithInvalidReference: 'xliff/bad-sub-flows',
  bad_SubFlowWithInvalidValue: 'xliff/schema',
  bad_SubStateWithoutState: 'xliff/substate-without-state',
  bad_SubTypeWithoutType: 'xliff/bad-subtype',
  bad_TrgLangNotWellFormed: 'xliff/bad-language-tag',
  bad_TwoSourceInUnit: 'xliff/schema',
  bad_UnitWithoutSegment: 'xliff/unit-without-segment',
  bad_UnknownDataRefEndValue: 'xliff/bad-data-ref',
  bad_UnknownDataRefStartValue: 'xliff/bad-data-ref',
  bad_UnknownDataRefValue: 'xliff/bad-data-ref',
  bad_WrongLangOnTarget: 'xliff/wrong-language',
  bad_WrongReordering1: 'xliff/can-reorder',
  bad_WrongReordering2: 'xliff/can-reorder',
  bad_WrongSourceLang: 'xliff/wrong-language',
  bad_WrongTargetLang: 'xliff/wrong-language',
  bad_XmlLangNotWellFormed: 'xliff/bad-language-tag',
  bad_YesCanReorderInEcForFirstNoInSc: 'xliff/code-attribute-mismatch',
  bad_canReorderContext1: 'xliff/can-reorder',
  bad_canReorderContext2: 'xliff/can-reorder',
  bad_canReorderContext3: 'xliff/can-reorder',
  'Bad-ctr-property-not-legit-category': 'xliff/ctr-revision',
  'Bad-ctr_appliesTo-not-using-ref-to-resolvableID': 'xliff/unresolved-reference',
  'Bad-ctr_property-not-content-or-valid-attribute-ref': 'xliff/ctr-revision',
  'Bad-ctr_ref-not-pointed-to-resolvableID': 'xliff/unresolved-reference',
  'Bad-ctr_revisions-not-using-ref-to-resolvableID': 'xliff/ctr-revision',
  'Bad-fs_fs-not-valid-HTML': 'xliff/fs-value',
  'Bad-fs_subFs-not-allowed-w-o-fs': 'xliff/fs-value',
  'Bad-gls_glossEntry-and-translation-not-unique-in-glossary': 'xliff/duplicate-id',
  'Bad-gls_glossEntry-w-o-translation-or-definition': 'xliff/gls-entry',
  'Bad-gls_invalid-extension': 'xliff/schema',
  'Bad-mda_meta-missing-type': 'xliff/schema',
  'Bad-mda_meta-missplaced-appliesTo': 'xliff/schema',
  'Bad-mda_metaGroup-id-not-nmtoken': 'xliff/schema',
  'Bad-mda_metaGroup-id-not-unique': 'xliff/duplicate-id',
  'Bad-mda_metaGroup-invalid-appliesTo': 'xliff/schema',
  'Bad-mda_metadata-id-not-nmtoken': 'xliff/schema',
  'Bad-mda_missing-metaGroup': 'xliff/schema',
  'Bad-mtc_id-not-nmtoken': 'xliff/schema',
  'Bad-mtc_match-ID-not-unique': 'xliff/duplicate-id',
  'Bad-mtc_match-has-xml_lang': 'xliff/mtc-match',
  'Bad-mtc_subType-w-o-type-match': 'xliff/mtc-match',
  'Bad-mtc_type-value-not-in-list': 'xliff/schema',
  'Bad-mtc_wrong-ref-syntax': 'xliff/bad-fragment-id',
  'Bad-mtc_wrong-ref-value': 'xliff/unresolved-reference',
  'Bad-res_resourceItem-not-unique': 'xliff/duplicate-id',
  'Bad-res_resourceItemRef-not-unique': 'xliff/duplicate-id',
  'Bad-res_source-has-content-and-href': 'xliff/res-item',
  'Bad-res_source-xml_lang-not-same-as-xliff': 'xliff/res-item',
  'Bad-slr_equivStorage-ec-not-isolated': 'xliff/slr-value',
  'Bad-slr_equivStorage-not-integer': 'xliff/slr-value',
  'Bad-slr_sizeInfo-ec-not-isolated': 'xliff/slr-value',
  'Bad-slr_sizeInfo-not-integer': 'xliff/slr-value',
  'Bad-slr_sizeInfo-with-sizeInfoRef': 'xliff/slr-value',
  'Bad-slr_sizeInfoRef-ec-not-isolated': 'xliff/slr-value',
  'Bad-slr_sizeInfoRef-has-no-data-sib': 'xliff/unresolved-reference',
  'Bad-slr_sizeInfoRef-with-sizeInfo': 'xliff/slr-value',
  'Bad-slr_sizeRestriction-patterns': 'xliff/slr-value',
  'Bad-slr_storageRestriction-patterns': 'xliff/slr-value',
  'Bad-val_ExactlyOneAttributeOnRule': 'xliff/val-rule',
  'Bad-val_existsInSourcePatternOnRule': 'xliff/val-rule',
  'Bad-val_invalid-caseSensitive': 'xliff/schema',
  'Bad-val_invalid-normalization': 'xliff/schema',
  'Bad-val_invalid-occurs': 'xliff/schema',
};

/**
 * Extension prefixes the suite registers for fragment identifiers: `extra-prefixes.properties`
 * (namespace=prefix) applies to the files of its own folder.
 */
function registeredPrefixes(folder: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.join(suiteDir, folder, 'extra-prefixes.properties'), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\\(.)/g, '$1').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.slice(line.lastIndexOf('=') + 1));
}

const name = (file: string) => path.basename(file, '.xlf');

describe('xliff/validateXliff on the OASIS XLIFF 2 test suite', () => {
  const results = new Map<string, Diagnostic[]>();

  before(async function () {
    this.timeout(120_000);
    requireSchemas();
    const folders = [...new Set(index.map(({ file }) => path.dirname(file)))];
    for (const folder of folders) {
      const files = index.filter(({ file }) => path.dirname(file) === folder);
      const documents = files.map(({ file }) => ({ text: readFileSync(path.join(suiteDir, file), 'utf8'), fileName: file }));
      const found = await validateXliffAll(documents, { fragmentPrefixes: registeredPrefixes(folder) });
      files.forEach(({ file }, i) => results.set(file, found[i]!));
    }
  });

  it('lists 221 files, and names a known rule for each invalid one', () => {
    expect(index).to.have.length(221);
    const invalid = index.filter(({ verdict }) => verdict === 'invalid').map(({ file }) => name(file));
    expect(Object.keys(expectedRule).sort()).to.deep.equal([...invalid].sort());
    const known = new Set<string>(XLIFF_RULES.map((rule) => rule.id));
    for (const rule of Object.values(expectedRule)) expect(known.has(rule), rule).to.equal(true);
  });

  for (const { file, verdict } of index) {
    if (verdict === 'valid') {
      it(`valid: ${file}`, () => {
        const errors = results.get(file)!.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).to.deep.equal([]);
      });
    } else {
      it(`invalid: ${file} (${expectedRule[name(file)] ?? 'no rule named'})`, () => {
        const errors = results.get(file)!.filter((d) => d.severity === 'error');
        expect(errors, 'no error found').to.not.be.empty;
        expect(errors.map((d) => d.ruleId)).to.include(expectedRule[name(file)]);
        for (const error of errors) expect(error.file).to.equal(file);
      });
    }
  }
});
