export { checkLanguageCode, type LanguageCodeCheck } from '../core/locale.js';
