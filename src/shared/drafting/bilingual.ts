/** Text in English and Welsh (Welsh Language Standards: Welsh correspondence is answered in Welsh). */
export type LetterLanguage = "en" | "cy";

export interface Bilingual {
  en: string;
  cy: string;
}
