/**
 * Tells Welsh from English (and from other languages, which in a UK council's FOI mailbox are
 * almost always spam) by counting common function words. Welsh correspondence must be answered
 * in Welsh (Welsh Language Standards), so a Welsh sign-off on an English letter ("Diolch") must
 * not flip the answer: the whole text is counted, not the greeting.
 */

export type DetectedLanguage = "en" | "cy" | "other";

const welsh = new Set(
  "ac ar y yr yn yng ym gan gyda hoffwn annwyl diolch gwybodaeth cyngor sir mae roedd oedd ydy yw ein eich fy ei eu hyn hynny sy sydd nad nid wedi bod fod dros rhwng ynghylch ynglŷn ganlynol faint sawl pa pob unrhyw cais adolygiad mewnol gywir ddeddf rhyddid blynyddoedd ariannol gennych gennyf chi fi mi ni nhw os gwelwch dda byddai fyddai modd rhywun hefyd neu ond fel iawn".split(
    " ",
  ),
);
const english = new Set(
  "the and of to is in that for please you your it this with on be are was have has from by as at or we i my would could information council request any which not all an if can will".split(
    " ",
  ),
);
const romance = new Set(
  "de que o os seu sua para com não uma um da do das dos por foi seus le la les des est et pour vous el los las por usted su en para der die das und ist nicht sie mit".split(
    " ",
  ),
);

/**
 * The main language of a text.
 * @example detectLanguage("Annwyl Gyngor, hoffwn ofyn am y wybodaeth ganlynol") // "cy"
 */
export function detectLanguage(text: string): DetectedLanguage {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/[a-zàâäáéèêëïîíóôöúùûüŵŷçãõñß']+/g) ?? [];
  let cy = 0;
  let en = 0;
  let other = 0;
  for (const raw of words.slice(0, 3_000)) {
    const word = raw.replace(/^'+|'+$/g, "").replace(/'.*$/, "");
    if (welsh.has(word)) cy++;
    if (english.has(word)) en++;
    if (romance.has(word)) other++;
  }
  if (cy === 0 && en === 0 && other === 0) return "en";
  if (cy > en * 1.2 && cy >= 3) return "cy";
  if (other > en * 1.5 && other > cy && other >= 4) return "other";
  return "en";
}
