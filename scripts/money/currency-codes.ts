/** ISO 4217 codes the running ICU knows; these are the codes rates, policies and detection accept. */
export const currencyCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return currencyCodes.has(code);
}
