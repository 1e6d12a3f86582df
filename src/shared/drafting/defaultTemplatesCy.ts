/**
 * The shipped Welsh templates (Welsh Language Standards: correspondence received in Welsh is
 * answered in Welsh). FOI Desk's own wording. Legal provisions are introduced with "yn rhinwedd",
 * which takes no mutation, so the same template reads correctly for "adran" and "rheoliad"; the
 * name of the Act after "o dan" and "o" uses the soft-mutated form `law.actMutated`.
 */
import type { TemplateSource } from "./templateSource";
import type { TemplateId } from "./letterCatalogue";

export const defaultTemplatesCy: Readonly<Record<TemplateId, TemplateSource>> = {
  "sign-off": {
    subject: "",
    body: `Yn gywir,

{{#each council.signature}}
{{this}}
{{/each}}
`,
  },

  "review-rights": {
    subject: "",
    body: `## Os ydych yn anfodlon â'n hymateb
Gallwch ofyn i ni edrych ar eich cais eto. Yr enw ar hyn yw {{law.reviewName}} ({{law.reviewBasis}}). Ysgrifennwch atom cyn pen {{law.reviewAskWithin}} diwrnod gwaith ar ôl dyddiad y llythyr hwn, gan nodi'r cyfeirnod {{case.reference}} a dweud pam rydych yn anfodlon. Anfonwch eich cais at:
{{council.reviewContact}}

Bydd rhywun nad oedd yn rhan o'r penderfyniad gwreiddiol yn ystyried eich cais o'r newydd. Ein nod yw ateb cyn pen {{law.reviewReplyWithin}} diwrnod gwaith ar ôl cael eich cais am adolygiad.
`,
  },

  "commissioner-rights": {
    subject: "",
    body: `## Eich hawl i gwyno i'r {{law.commissioner}}
Os ydych yn dal yn anfodlon ar ôl yr {{law.reviewName}}, mae gennych hawl i wneud cais i'r {{law.commissioner}} am benderfyniad yn rhinwedd {{law.commissionerProvision}}{{#if law.commissionerTimeLimit}}, {{law.commissionerTimeLimit}}{{/if}}. Fel arfer, bydd y {{law.commissioner}} yn disgwyl eich bod wedi defnyddio ein gweithdrefn {{law.reviewName}} yn gyntaf. Gallwch gysylltu â'r {{law.commissioner}} yn:
{{law.commissionerAddress}}
{{law.commissionerWebsite}}
`,
  },

  "exemption-reasons": {
    subject: "",
    body: `{{#each exemptions}}
### {{fullCitation}}: {{title}}
{{#if reasonWithheld}}
Ni allwn ddweud mwy am pam mae'r {{../law.exemptionWord}} hwn yn gymwys, gan y byddai'r esboniad ei hun yn datgelu gwybodaeth sydd wedi'i heithrio.
{{else}}
{{reason}}
{{/if}}

{{#if pit}}
{{#if ../ncndResponse}}
Mae'r {{../law.exemptionWord}} hwn yn amodol, felly rydym wedi ystyried a yw budd y cyhoedd o beidio â chadarnhau na gwadu yn drech na budd y cyhoedd o ddweud a ydym yn dal yr wybodaeth.
{{else}}
Mae'r {{../law.exemptionWord}} hwn yn amodol, felly rydym wedi ystyried a yw budd y cyhoedd o ddal yr wybodaeth yn ôl yn drech na budd y cyhoedd o'i datgelu.
{{/if}}
- O blaid datgelu: {{publicInterestFor}}
- O blaid dal yr wybodaeth yn ôl: {{publicInterestAgainst}}

Ein casgliad ynghylch budd y cyhoedd: {{balance}}
{{/if}}
{{#if absolute}}
Mae'r {{../law.exemptionWord}} hwn yn un absoliwt, felly nid yw prawf budd y cyhoedd yn berthnasol.
{{/if}}

{{/each}}
`,
  },

  acknowledgement: {
    subject: "Eich cais am wybodaeth – {{case.reference}}",
    body: `Annwyl {{requester.name}},

# Cydnabod eich cais

Diolch am eich cais am wybodaeth, a gawsom ar {{date case.receivedDate}}. Rydym yn delio ag ef o dan {{law.actMutated}}. Ein cyfeirnod yw {{case.reference}}; nodwch y cyfeirnod hwn bob tro y byddwch yn cysylltu â ni am y cais hwn.

Gofynnoch am:
> {{case.summary}}

## Beth sy'n digwydd nesaf
{{#if case.dueDate}}
Byddwn yn ateb cyn gynted ag y gallwn, ac erbyn {{date case.dueDate}} fan bellaf, sef 20 diwrnod gwaith ar ôl y diwrnod y cawsom eich cais.

{{/if}}
Os bydd angen i chi egluro'r hyn rydych yn gofyn amdano, byddwn yn cysylltu â chi; byddai'r 20 diwrnod gwaith wedyn yn dechrau eto o'r diwrnod y cawn eich ateb. Os bydd ffi yn daladwy, byddwn yn dweud wrthych cyn gwneud y gwaith, ac os byddwn yn penderfynu dal unrhyw wybodaeth yn ôl, byddwn yn esbonio pam.
{{#if council.welsh}}

Mae croeso i chi ysgrifennu atom yn Gymraeg neu yn Saesneg. Ni fydd gohebu â ni yn Gymraeg yn arwain at unrhyw oedi.
{{/if}}

{{> sign-off}}
`,
  },

  clarification: {
    subject: "Eich cais {{case.reference}} – mae angen rhagor o fanylion arnom",
    body: `Annwyl {{requester.name}},

# Mae angen rhagor o fanylion arnom am eich cais

Diolch am eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}). Er mwyn i ni allu adnabod yr wybodaeth rydych ei heisiau a dod o hyd iddi, dywedwch wrthym:

{{#each clarificationNeeded}}
- {{this}}
{{/each}}

Rydym yn gofyn hyn yn rhinwedd {{law.clarification}} o {{law.actMutated}}. Mae'r cloc yn stopio tra byddwn yn aros: nid oes rhaid i ni ddelio â'r cais nes i ni glywed gennych, a phan ddaw eich ateb bydd gennym 20 diwrnod gwaith newydd o'r dyddiad hwnnw i ymateb.
{{#if closeIfNoReplyBy}}

Os na fyddwn wedi clywed gennych erbyn {{date closeIfNoReplyBy}}, byddwn yn trin eich cais fel un sydd wedi'i dynnu'n ôl. Wrth gwrs, gallwch wneud cais newydd unrhyw bryd.
{{/if}}

Os byddai'n help i drafod hyn, cysylltwch â ni yn {{council.email}}{{#if council.telephone}} neu ar {{council.telephone}}{{/if}}.

{{> sign-off}}
`,
  },

  "advice-assistance": {
    subject: "Eich cais {{case.reference}} – cyngor a chymorth",
    body: `Annwyl {{requester.name}},

# Cyngor a chymorth

Rydym yn ysgrifennu ynglŷn â'ch cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}). Yn rhinwedd {{law.advice}} o {{law.actMutated}} mae dyletswydd arnom i gynnig cyngor a chymorth rhesymol i chi, a gobeithio y bydd y canlynol o help.

{{advice}}

Os hoffech newid eich cais neu ei gyfyngu yn y ffordd hon, atebwch ni. Bydd cais diwygiedig yn cael ei drin fel cais newydd, a gafwyd ar y diwrnod y mae'n ein cyrraedd.

Os oes gennych unrhyw gwestiynau, cysylltwch â ni yn {{council.email}}{{#if council.telephone}} neu ar {{council.telephone}}{{/if}}.

{{> sign-off}}
`,
  },

  "fees-notice": {
    subject: "Eich cais {{case.reference}} – hysbysiad ffioedd",
    body: `Annwyl {{requester.name}},

# Hysbysiad ffioedd

Rydym yn ysgrifennu ynglŷn â'ch cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}). Gallwn ddarparu'r wybodaeth, ond mae tâl o {{money fee.amountPence}}. Mae hwn yn hysbysiad ffioedd yn rhinwedd {{law.fees}} o {{law.actMutated}}, a roddwyd ar {{date fee.noticeDate}}.
{{#if fee.breakdown}}

Sut mae'r tâl wedi'i gyfrifo:
{{fee.breakdown}}
{{/if}}

## Sut i dalu
{{#if fee.howToPay}}
{{fee.howToPay}}
{{else}}
Cysylltwch â ni yn {{council.email}} i drefnu taliad.
{{/if}}

{{#if fee.threeMonthRule}}
Talwch erbyn {{date fee.payBy}}. Mae'r gyfraith yn rhoi tri mis i chi dalu, gan ddechrau ar y diwrnod y rhoddir yr hysbysiad hwn; os na fyddwn wedi cael y taliad erbyn hynny, ni fydd rheidrwydd arnom i ddelio â'ch cais.
{{else}}
{{#if fee.payBy}}
Talwch erbyn {{date fee.payBy}}.
{{/if}}
{{/if}}

Mae'r amser sydd gennym i ateb eich cais wedi'i oedi o'r diwrnod y rhoddir yr hysbysiad hwn hyd y diwrnod y cawn eich taliad.

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  transfer: {
    subject: "Eich cais {{case.reference}} – gwybodaeth a ddelir gan awdurdod arall",
    body: `Annwyl {{requester.name}},

# Gwybodaeth a ddelir gan awdurdod cyhoeddus arall

Diolch am eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}).
{{#if transfer.partial}}

Rydym yn dal rhywfaint o'r wybodaeth y gofynnoch amdani a byddwn yn ateb y rhan honno ein hunain. Nid ydym yn dal y gweddill{{#if transfer.questionNumbers}} (cwestiynau {{transfer.questionNumbers}}){{/if}}, ond credwn fod awdurdod cyhoeddus arall yn ei ddal.
{{else}}

Nid ydym yn dal yr wybodaeth y gofynnoch amdani, ond credwn fod awdurdod cyhoeddus arall yn ei dal.
{{/if}}

{{#if transfer.withConsent}}
Fel y cytunoch, rydym wedi anfon eich cais atynt{{#if transfer.transferredOn}} ar {{date transfer.transferredOn}}{{/if}}. Byddant yn eich ateb yn uniongyrchol, a bydd eu terfyn amser eu hunain yn rhedeg o'r diwrnod y cawsant y cais.
{{else}}
Efallai yr hoffech anfon eich cais atynt yn uniongyrchol. Nid ydym wedi'i anfon ymlaen, gan mai dim ond gyda chaniatâd y ceisydd y byddwn yn trosglwyddo cais; os hoffech i ni wneud hynny, rhowch wybod i ni.
{{/if}}

Dyma eu manylion cyswllt:
{{transfer.authorityName}}
{{#if transfer.postalAddress}}
{{transfer.postalAddress}}
{{/if}}
{{#if transfer.email}}
{{transfer.email}}
{{/if}}
{{#if transfer.telephone}}
{{transfer.telephone}}
{{/if}}
{{#if transfer.website}}
{{transfer.website}}
{{/if}}

{{> review-rights}}

{{> sign-off}}
`,
  },

  "pit-extension": {
    subject: "Eich cais {{case.reference}} – rhagor o amser i ystyried budd y cyhoedd",
    body: `Annwyl {{requester.name}},

# Rhagor o amser i ystyried budd y cyhoedd

Rydym yn ysgrifennu ynglŷn â'ch cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}).

Credwn fod rhywfaint o'r wybodaeth y gofynnoch amdani, neu'r cyfan ohoni, yn dod o dan yr {{law.exemptionWordPlural}} amodol canlynol:
{{#each exemptions}}
- {{fullCitation}}: {{title}}{{#if reason}}. {{reason}}{{/if}}
{{/each}}

Yn achos {{law.exemptionWord}} amodol, rhaid i ni benderfynu a yw budd y cyhoedd o ddal yr wybodaeth yn ôl yn drech na budd y cyhoedd o'i datgelu. Nid ydym wedi dod i benderfyniad eto ynghylch y cydbwysedd hwnnw, ac mae adran 10(3) {{law.ofTheAct}} yn caniatáu cyfnod ychwanegol rhesymol i ni wneud hynny. Y llythyr hwn yw'r hysbysiad sy'n ofynnol yn rhinwedd {{law.refusalNotice}}(2) {{law.ofTheAct}}.

Rydym yn amcangyfrif y byddwn yn dod i benderfyniad erbyn {{date estimatedDecisionDate}}. Os daw'n amlwg na allwn gyrraedd y dyddiad hwn, byddwn yn ysgrifennu atoch i esbonio pam.

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "eir-extension": {
    subject: "Eich cais {{case.reference}} – estyn yr amser",
    body: `Annwyl {{requester.name}},

# Estyn yr amser i ymateb

Rydym yn ysgrifennu ynglŷn â'ch cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}), yr ydym yn ei drin o dan {{law.actMutated}}.

Mae'r cais yn gymhleth ac yn swmpus, felly rydym yn estyn yr amser i ymateb o 20 i 40 diwrnod gwaith, fel y mae rheoliad 7(1) {{law.ofTheAct}} yn ei ganiatáu.
{{#if extensionReason}}
{{extensionReason}}
{{/if}}

Byddwn yn ymateb erbyn {{date case.extendedDueDate}} fan bellaf, ac yn gynt os gallwn.

{{> sign-off}}
`,
  },

  "refusal-notice": {
    subject: "Eich cais {{case.reference}} – hysbysiad gwrthod",
    body: `Annwyl {{requester.name}},

# Hysbysiad gwrthod

Rydym wedi ystyried eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}) o dan {{law.actMutated}}.

Gofynnoch am:
> {{case.summary}}

Rydym yn dal yr wybodaeth y gofynnoch amdani, ond rydym yn gwrthod darparu {{#if partial}}rhywfaint ohoni{{else}}yr wybodaeth{{/if}}. Mae'r llythyr hwn yn hysbysiad gwrthod yn rhinwedd {{law.refusalNotice}} {{law.ofTheAct}}. Rydym yn dibynnu ar y canlynol:
{{#each exemptions}}
- {{fullCitation}}: {{title}}
{{/each}}

## Pam mae'r {{law.exemptionWordPlural}} yn gymwys
{{> exemption-reasons}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "cost-limit-refusal": {
    subject: "Eich cais {{case.reference}} – gwrthod ar sail cost",
    body: `Annwyl {{requester.name}},

# Gwrthod: cost cydymffurfio

Rydym wedi ystyried eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}) o dan {{law.actMutated}}.

Rydym yn amcangyfrif y byddai dod o hyd i'r wybodaeth a'i thynnu allan yn costio mwy na'r terfyn priodol o £{{council.costLimit}}{{#if council.costLimitHours}}, sy'n cyfateb i {{council.costLimitHours}} awr o amser staff ar y gyfradd a bennir yn y gyfraith{{/if}}.
{{#if costEstimateHours}}
Ein hamcangyfrif yw tua {{costEstimateHours}} awr.
{{/if}}
{{#if costExplanation}}
{{costExplanation}}
{{/if}}

Yn rhinwedd {{law.costLimit}} {{law.ofTheAct}}, nid oes rheidrwydd arnom felly i gydymffurfio â'ch cais. Mae'r llythyr hwn yn hysbysiad gwrthod yn rhinwedd {{law.refusalNotice}} {{law.ofTheAct}}.

## Sut y gallech gyfyngu ar eich cais
{{advice}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "vexatious-refusal": {
    subject: "Eich cais {{case.reference}} – hysbysiad gwrthod",
    body: `Annwyl {{requester.name}},

{{#if vexatious.repeated}}
# Gwrthod: cais ailadroddus

Rydym wedi ystyried eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}). Mae'n union yr un fath â'ch cais blaenorol{{#if vexatious.previousReference}} {{vexatious.previousReference}}{{/if}}, neu'n debyg iawn iddo, ac fe wnaethom ateb y cais hwnnw; nid oes cyfnod rhesymol wedi mynd heibio ers hynny. Yn rhinwedd {{law.vexatious}}(2) {{law.ofTheAct}}, nid oes rheidrwydd arnom felly i gydymffurfio ag ef.
{{else}}
# Gwrthod: cais blinderus

Rydym wedi ystyried eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}) ac wedi penderfynu ei fod yn flinderus. Yn rhinwedd {{law.vexatious}}(1) {{law.ofTheAct}}, nid oes rheidrwydd arnom felly i gydymffurfio ag ef. Mae'r penderfyniad hwn yn ymwneud â'r cais ei hun, nid â chi.
{{/if}}
{{#if vexatious.reasons}}

Ein rhesymau: {{vexatious.reasons}}
{{/if}}

Mae'r llythyr hwn yn hysbysiad gwrthod yn rhinwedd {{law.refusalNotice}} {{law.ofTheAct}}.

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  ncnd: {
    subject: "Eich cais {{case.reference}} – ein hymateb",
    body: `Annwyl {{requester.name}},

# Ymateb i'ch cais

Rydym wedi ystyried eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}) o dan {{law.actMutated}}.

Ni allwn gadarnhau na gwadu a ydym yn dal yr wybodaeth y gofynnoch amdani. Mae'r llythyr hwn yn hysbysiad gwrthod yn rhinwedd {{law.refusalNotice}} {{law.ofTheAct}}, gan ddibynnu ar y canlynol:
{{#each exemptions}}
- {{fullCitation}}: {{title}}
{{/each}}

Peidiwch â chymryd yr ymateb hwn fel arwydd bod yr wybodaeth yn bodoli neu nad yw'n bodoli. Rydym yn rhoi'r un ymateb bob tro y byddai dweud a ydym yn dal gwybodaeth ynddo'i hun yn datgelu rhywbeth y mae'r gyfraith yn ei ddiogelu.

## Ein rhesymau
{{> exemption-reasons}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "final-response": {
    subject: "Eich cais am wybodaeth – {{case.reference}} – ein hymateb",
    body: `Annwyl {{requester.name}},

# Ymateb i'ch cais am wybodaeth

Diolch am eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}), yr ydym wedi delio ag ef o dan {{law.actMutated}}. Mae pob un o'ch cwestiynau wedi'i nodi isod, ac yna ein hateb.

{{#each questions}}
## Cwestiwn {{number}}
> {{text}}

{{#if isProvided}}
{{answer}}
{{/if}}
{{#if isAttached}}
Mae'r wybodaeth ynghlwm.{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isNotHeld}}
Nid ydym yn dal yr wybodaeth hon.{{#if ../law.notHeld}} Mae hwn yn eithriad yn rhinwedd {{../law.notHeld}} {{../law.ofTheAct}}.{{/if}}{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isWithheld}}
Rydym yn dal yr wybodaeth hon, ond rydym yn ei dal yn ôl yn rhinwedd {{exemptionList}}. Mae ein rhesymau wedi'u nodi isod.
{{/if}}
{{#if isPartWithheld}}
{{#if answer}}
{{answer}}
{{/if}}
Rydym wedi dal rhan o'r wybodaeth hon yn ôl yn rhinwedd {{exemptionList}}. Mae ein rhesymau wedi'u nodi isod.
{{/if}}
{{#if isPublished}}
Mae'r wybodaeth hon eisoes wedi'i chyhoeddi{{#if publishedUrl}} yn {{publishedUrl}}{{/if}}. Gan ei bod ar gael yn rhesymol i chi, nid ydym yn ei darparu eto ({{../law.otherwiseAccessible}} {{../law.ofTheAct}}).{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isTransferred}}
Nid ydym yn dal yr wybodaeth hon, ond credwn fod awdurdod cyhoeddus arall yn ei dal; gweler isod.{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isPending}}
[Ateb i'w gwblhau]
{{/if}}

{{/each}}
{{#if transfer.authorityName}}
## Gwybodaeth a ddelir gan awdurdod arall
Credwn mai'r awdurdod canlynol sy'n dal yr wybodaeth nad ydym ni'n ei dal. Dyma eu manylion cyswllt:
{{transfer.authorityName}}
{{#if transfer.postalAddress}}
{{transfer.postalAddress}}
{{/if}}
{{#if transfer.email}}
{{transfer.email}}
{{/if}}

{{/if}}
{{#if hasExemptions}}
## Gwybodaeth rydym wedi'i dal yn ôl
Mae'r rhan hon o'n hymateb yn hysbysiad gwrthod yn rhinwedd {{law.refusalNotice}} {{law.ofTheAct}}.

{{> exemption-reasons}}
{{/if}}
{{#if council.disclosureLogUrl}}
Rydym yn cyhoeddi ein hymatebion, heb fanylion personol y ceisydd, yn ein log datgelu: {{council.disclosureLogUrl}}

{{/if}}
{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "eir-refusal": {
    subject: "Eich cais {{case.reference}} – hysbysiad gwrthod (gwybodaeth amgylcheddol)",
    body: `Annwyl {{requester.name}},

# Hysbysiad gwrthod: gwybodaeth amgylcheddol

Rydym wedi ystyried eich cais dyddiedig {{date case.receivedDate}} (ein cyfeirnod {{case.reference}}). Gwybodaeth amgylcheddol yw'r wybodaeth y gofynnoch amdani, felly rydym wedi delio â'ch cais o dan {{law.actMutated}}.

Gofynnoch am:
> {{case.summary}}

{{#if law.presumption}}Mae {{law.presumption}} {{law.ofTheAct}} yn ei gwneud yn ofynnol i ni ragdybio o blaid datgelu. Ar ôl gwneud hynny, rydym{{else}}Rydym{{/if}} yn gwrthod {{#if partial}}rhan o'ch cais{{else}}eich cais{{/if}}, ac mae'r llythyr hwn yn hysbysiad gwrthod yn rhinwedd {{law.refusalNotice}} {{law.ofTheAct}}. Rydym yn dibynnu ar yr {{law.exemptionWordPlural}} hyn:
{{#each exemptions}}
- {{fullCitation}}: {{title}}
{{/each}}

## Pam mae'r {{law.exemptionWordPlural}} yn gymwys
{{> exemption-reasons}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "sar-acknowledgement": {
    subject: "Eich cais gwrthrych am wybodaeth – {{case.reference}}",
    body: `Annwyl {{requester.name}},

# Cydnabod eich cais gwrthrych am wybodaeth

Diolch am eich cais am gopi o'ch gwybodaeth bersonol, a gawsom ar {{date case.receivedDate}}. Rydym yn delio ag ef fel cais gwrthrych am wybodaeth yn rhinwedd Erthygl 15 o GDPR y DU. Ein cyfeirnod yw {{case.reference}}.

{{#if identityNeeded}}
Cyn y gallwn ryddhau gwybodaeth bersonol, mae angen i ni gadarnhau pwy ydych. Anfonwch y canlynol atom: {{identityNeeded}}. Bydd y terfyn amser yn dechrau pan fydd hyn gennym.

{{/if}}
{{#if case.dueDate}}
Byddwn yn ymateb heb oedi gormodol, ac erbyn {{date case.dueDate}} fan bellaf, sef mis calendr ar ôl i ni gael eich cais.

{{/if}}
Os yw eich cais yn gymhleth, neu os ydych wedi gwneud nifer o geisiadau, mae'r gyfraith yn caniatáu i ni estyn y cyfnod hwn hyd at ddau fis arall. Os bydd angen i ni wneud hynny, byddwn yn rhoi gwybod i chi o fewn y mis cyntaf ac yn esbonio pam.

Os ydych yn anfodlon â'r ffordd rydym yn delio â'ch cais, cysylltwch â ni yn {{council.email}}. Mae gennych hawl hefyd i gwyno i'r Comisiynydd Gwybodaeth (https://ico.org.uk/make-a-complaint/).

{{> sign-off}}
`,
  },

  "internal-review-outcome": {
    subject: "Eich cais {{case.reference}} – canlyniad eich {{law.reviewName}}",
    body: `Annwyl {{requester.name}},

# Canlyniad eich {{law.reviewName}}

Rydym wedi cwblhau'r {{law.reviewName}} o'n hymateb i'ch cais {{case.reference}}{{#if review.requestedDate}}, yn dilyn eich cais dyddiedig {{date review.requestedDate}}{{/if}}. Rhywun nad oedd yn rhan o'r penderfyniad gwreiddiol{{#if review.reviewer}} ({{review.reviewer}}){{/if}} a edrychodd ar eich cais o'r newydd.

## Ein penderfyniad
{{#if review.upheld}}
Rydym wedi cadarnhau'r penderfyniad gwreiddiol.
{{/if}}
{{#if review.partlyUpheld}}
Rydym wedi cadarnhau rhan o'r penderfyniad gwreiddiol ac wedi newid rhan ohono.
{{/if}}
{{#if review.overturned}}
Rydym wedi gwrthdroi'r penderfyniad gwreiddiol.
{{/if}}

{{review.findings}}

{{#if hasExemptions}}
## Yr hyn rydym yn dal i'w ddal yn ôl
{{> exemption-reasons}}
{{/if}}
Dyma ddiwedd ein gweithdrefn {{law.reviewName}}.

{{> commissioner-rights}}

{{> sign-off}}
`,
  },
};
