/**
 * The shipped English templates: FOI Desk's own wording, written for this project. Councils can
 * replace any of them in the "FOI Templates" list (see README.md). Sources per letter are in
 * letterCatalogue.ts. The markup is described in letterMarkup.ts.
 */
import type { TemplateSource } from "./templateSource";
import type { TemplateId } from "./letterCatalogue";

export const defaultTemplatesEn: Readonly<Record<TemplateId, TemplateSource>> = {
  "sign-off": {
    subject: "",
    body: `Yours sincerely,

{{#each council.signature}}
{{this}}
{{/each}}
`,
  },

  "review-rights": {
    subject: "",
    body: `## If you are unhappy with our response
You can ask us to look at your request again ({{law.reviewName}}, under {{law.reviewBasis}}). Please write to us within {{law.reviewAskWithin}} working days of the date of this letter, quoting {{case.reference}} and saying what you are unhappy with. Write to:
{{council.reviewContact}}

The {{law.reviewName}} will be carried out by someone who was not involved in the original decision. We aim to reply within {{law.reviewReplyWithin}} working days of receiving your request for a review.
`,
  },

  "commissioner-rights": {
    subject: "",
    body: `## Your right to complain to the {{law.commissioner}}
If you remain dissatisfied after our {{law.reviewName}}, you have the right to apply to the {{law.commissioner}} for a decision under {{law.commissionerProvision}}{{#if law.commissionerTimeLimit}}, {{law.commissionerTimeLimit}}{{/if}}. The {{law.commissioner}} will usually expect you to have used our {{law.reviewName}} procedure first. The {{law.commissioner}} can be contacted at:
{{law.commissionerAddress}}
{{law.commissionerWebsite}}
`,
  },

  "exemption-reasons": {
    subject: "",
    body: `{{#each exemptions}}
### {{fullCitation}}: {{title}}
{{#if reasonWithheld}}
We cannot say more about why this {{../law.exemptionWord}} applies, because the explanation would itself reveal information that is exempt.
{{else}}
{{reason}}
{{/if}}

{{#if pit}}
{{#if ../ncndResponse}}
This {{../law.exemptionWord}} is qualified, so we have considered whether the public interest in neither confirming nor denying outweighs the public interest in saying whether we hold the information.
{{else}}
This {{../law.exemptionWord}} is qualified, so we have considered whether the public interest in withholding the information outweighs the public interest in releasing it.
{{/if}}
- In favour of disclosure: {{publicInterestFor}}
- In favour of withholding: {{publicInterestAgainst}}

Our conclusion on the public interest: {{balance}}
{{/if}}
{{#if absolute}}
This is an absolute {{../law.exemptionWord}}, so no public interest test applies.
{{/if}}

{{/each}}
`,
  },

  acknowledgement: {
    subject: "Your request for information – {{case.reference}}",
    body: `Dear {{requester.name}},

# Acknowledgement of your request

Thank you for your request for information, which we received on {{date case.receivedDate}}. We are dealing with it under the {{law.act}}. Our reference is {{case.reference}}; please quote it whenever you contact us about this request.

You asked for:
> {{case.summary}}

## What happens next
{{#if case.dueDate}}
We will reply as soon as we can, and no later than {{date case.dueDate}}, which is 20 working days after the day we received your request.

{{/if}}
If we need you to clarify what you are asking for, we will contact you; the 20 working days would then start again from the day we receive your answer. If a fee is payable we will tell you before doing the work, and if we decide to withhold any information we will explain why.
{{#if council.welsh}}

You are welcome to write to us in Welsh or in English. Corresponding with us in Welsh will not lead to any delay.
{{/if}}

{{> sign-off}}
`,
  },

  clarification: {
    subject: "Your request {{case.reference}} – we need some more detail",
    body: `Dear {{requester.name}},

# We need some more detail about your request

Thank you for your request of {{date case.receivedDate}} (our reference {{case.reference}}). So that we can identify and find the information you want, please tell us:

{{#each clarificationNeeded}}
- {{this}}
{{/each}}

We are asking under {{law.clarification}} of the {{law.act}}. The clock stops while we wait: we do not have to deal with the request until we hear from you, and when your reply arrives we will have a fresh 20 working days from then to respond.
{{#if closeIfNoReplyBy}}

If we have not heard from you by {{date closeIfNoReplyBy}}, we will treat your request as withdrawn. You can of course make a new request at any time.
{{/if}}

If it would help to talk this through, please contact us at {{council.email}}{{#if council.telephone}} or on {{council.telephone}}{{/if}}.

{{> sign-off}}
`,
  },

  "advice-assistance": {
    subject: "Your request {{case.reference}} – advice and assistance",
    body: `Dear {{requester.name}},

# Advice and assistance

We are writing about your request of {{date case.receivedDate}} (our reference {{case.reference}}). Under {{law.advice}} of the {{law.act}} we have a duty to offer you reasonable advice and assistance, and we hope the following helps.

{{advice}}

If you would like to change or narrow your request along these lines, please reply to us. A revised request is treated as a new request, received on the day it reaches us.

If you have any questions, please contact us at {{council.email}}{{#if council.telephone}} or on {{council.telephone}}{{/if}}.

{{> sign-off}}
`,
  },

  "fees-notice": {
    subject: "Your request {{case.reference}} – fees notice",
    body: `Dear {{requester.name}},

# Fees notice

We are writing about your request of {{date case.receivedDate}} (our reference {{case.reference}}). We can provide the information, but there is a charge of {{money fee.amountPence}}. This is a fees notice under {{law.fees}} of the {{law.act}}, given on {{date fee.noticeDate}}.
{{#if fee.breakdown}}

How the charge is made up:
{{fee.breakdown}}
{{/if}}

## How to pay
{{#if fee.howToPay}}
{{fee.howToPay}}
{{else}}
Please contact us at {{council.email}} to arrange payment.
{{/if}}

{{#if fee.threeMonthRule}}
Please pay by {{date fee.payBy}}. The law gives you three months, beginning with the day this notice is given, to pay; if we have not received payment by then, we will not be obliged to deal with your request.
{{else}}
{{#if fee.payBy}}
Please pay by {{date fee.payBy}}.
{{/if}}
{{/if}}

The time we have to answer your request is paused from the day this notice is given until the day we receive your payment.

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  transfer: {
    subject: "Your request {{case.reference}} – information held by another authority",
    body: `Dear {{requester.name}},

# Information held by another public authority

Thank you for your request of {{date case.receivedDate}} (our reference {{case.reference}}).
{{#if transfer.partial}}

We hold some of the information you asked for and will answer that part ourselves. We do not hold the rest{{#if transfer.questionNumbers}} (questions {{transfer.questionNumbers}}){{/if}}, but we believe another public authority does.
{{else}}

We do not hold the information you asked for, but we believe another public authority does.
{{/if}}

{{#if transfer.withConsent}}
As you agreed, we passed your request to them{{#if transfer.transferredOn}} on {{date transfer.transferredOn}}{{/if}}. They will reply to you directly, and their own time limit runs from the day they received it.
{{else}}
You may wish to send your request to them directly. We have not passed it on, because we only transfer requests with the requester's permission; if you would like us to, please tell us.
{{/if}}

Their contact details are:
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
    subject: "Your request {{case.reference}} – more time to consider the public interest",
    body: `Dear {{requester.name}},

# More time to consider the public interest

We are writing about your request of {{date case.receivedDate}} (our reference {{case.reference}}).

We believe some or all of the information you asked for falls under the following qualified {{law.exemptionWordPlural}}:
{{#each exemptions}}
- {{fullCitation}}: {{title}}{{#if reason}}. {{reason}}{{/if}}
{{/each}}

For a qualified {{law.exemptionWord}}, we must decide whether the public interest in withholding the information outweighs the public interest in releasing it. We have not yet reached a decision on that balance, and section 10(3) {{law.ofTheAct}} allows us a reasonable extra period to do so. This letter is the notice required by {{law.refusalNotice}}(2) {{law.ofTheAct}}.

We estimate that we will reach a decision by {{date estimatedDecisionDate}}. If it becomes clear that we cannot meet this date, we will write to you and explain why.

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "eir-extension": {
    subject: "Your request {{case.reference}} – extension of time",
    body: `Dear {{requester.name}},

# Extension of time to respond

We are writing about your request of {{date case.receivedDate}} (our reference {{case.reference}}), which we are handling under the {{law.act}}.

The request is both complex and voluminous, so we are extending the time to respond from 20 to 40 working days, as regulation 7(1) {{law.ofTheAct}} allows.
{{#if extensionReason}}
{{extensionReason}}
{{/if}}

We will respond by {{date case.extendedDueDate}} at the latest, and sooner if we can.

{{> sign-off}}
`,
  },

  "refusal-notice": {
    subject: "Your request {{case.reference}} – refusal notice",
    body: `Dear {{requester.name}},

# Refusal notice

We have considered your request of {{date case.receivedDate}} (our reference {{case.reference}}) under the {{law.act}}.

You asked for:
> {{case.summary}}

We hold the information you asked for, but we are refusing to provide {{#if partial}}some of it{{else}}it{{/if}}. This letter is a refusal notice under {{law.refusalNotice}} {{law.ofTheAct}}. We are relying on:
{{#each exemptions}}
- {{fullCitation}}: {{title}}
{{/each}}

## Why the {{law.exemptionWordPlural}} apply
{{> exemption-reasons}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "cost-limit-refusal": {
    subject: "Your request {{case.reference}} – refusal on grounds of cost",
    body: `Dear {{requester.name}},

# Refusal: cost of compliance

We have considered your request of {{date case.receivedDate}} (our reference {{case.reference}}) under the {{law.act}}.

We estimate that finding and extracting the information would cost more than the appropriate limit of £{{council.costLimit}}{{#if council.costLimitHours}}, which equals {{council.costLimitHours}} hours of staff time at the rate the law sets{{/if}}.
{{#if costEstimateHours}}
Our estimate is about {{costEstimateHours}} hours.
{{/if}}
{{#if costExplanation}}
{{costExplanation}}
{{/if}}

Under {{law.costLimit}} {{law.ofTheAct}} we are therefore not obliged to comply with your request. This letter is a refusal notice under {{law.refusalNotice}} {{law.ofTheAct}}.

## How you could narrow your request
{{advice}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "vexatious-refusal": {
    subject: "Your request {{case.reference}} – refusal notice",
    body: `Dear {{requester.name}},

{{#if vexatious.repeated}}
# Refusal: repeated request

We have considered your request of {{date case.receivedDate}} (our reference {{case.reference}}). It is identical or substantially similar to your earlier request{{#if vexatious.previousReference}} {{vexatious.previousReference}}{{/if}}, which we answered, and a reasonable interval has not passed since then. Under {{law.vexatious}}(2) {{law.ofTheAct}} we are therefore not obliged to comply with it.
{{else}}
# Refusal: vexatious request

We have considered your request of {{date case.receivedDate}} (our reference {{case.reference}}) and have decided that it is vexatious. Under {{law.vexatious}}(1) {{law.ofTheAct}} we are therefore not obliged to comply with it. This decision is about the request itself, not about you.
{{/if}}
{{#if vexatious.reasons}}

Our reasons: {{vexatious.reasons}}
{{/if}}

This letter is a refusal notice under {{law.refusalNotice}} {{law.ofTheAct}}.

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  ncnd: {
    subject: "Your request {{case.reference}} – our response",
    body: `Dear {{requester.name}},

# Response to your request

We have considered your request of {{date case.receivedDate}} (our reference {{case.reference}}) under the {{law.act}}.

We can neither confirm nor deny whether we hold the information you asked for. This letter is a refusal notice under {{law.refusalNotice}} {{law.ofTheAct}}, relying on:
{{#each exemptions}}
- {{fullCitation}}: {{title}}
{{/each}}

Please do not take this response as a sign that the information does or does not exist. We give the same response whenever saying whether we hold information would itself reveal something the law protects.

## Our reasons
{{> exemption-reasons}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "final-response": {
    subject: "Your request for information – {{case.reference}} – our response",
    body: `Dear {{requester.name}},

# Response to your request for information

Thank you for your request of {{date case.receivedDate}} (our reference {{case.reference}}), which we have dealt with under the {{law.act}}. Each of your questions is set out below, followed by our answer.

{{#each questions}}
## Question {{number}}
> {{text}}

{{#if isProvided}}
{{answer}}
{{/if}}
{{#if isAttached}}
The information is attached.{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isNotHeld}}
We do not hold this information.{{#if ../law.notHeld}} This is an exception under {{../law.notHeld}} {{../law.ofTheAct}}.{{/if}}{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isWithheld}}
We hold this information but are withholding it under {{exemptionList}}. Our reasons are set out below.
{{/if}}
{{#if isPartWithheld}}
{{#if answer}}
{{answer}}
{{/if}}
We have withheld part of this information under {{exemptionList}}. Our reasons are set out below.
{{/if}}
{{#if isPublished}}
This information is already published{{#if publishedUrl}} at {{publishedUrl}}{{/if}}. Because it is reasonably accessible to you, we are not providing it again ({{../law.otherwiseAccessible}} {{../law.ofTheAct}}).{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isTransferred}}
We do not hold this information, but we believe another public authority does; see below.{{#if answer}} {{answer}}{{/if}}
{{/if}}
{{#if isPending}}
[Answer to be completed]
{{/if}}

{{/each}}
{{#if transfer.authorityName}}
## Information held by another authority
We believe {{transfer.authorityName}} holds the information we do not. Their contact details are:
{{transfer.authorityName}}
{{#if transfer.postalAddress}}
{{transfer.postalAddress}}
{{/if}}
{{#if transfer.email}}
{{transfer.email}}
{{/if}}

{{/if}}
{{#if hasExemptions}}
## Information we have withheld
This part of our response is a refusal notice under {{law.refusalNotice}} {{law.ofTheAct}}.

{{> exemption-reasons}}
{{/if}}
{{#if council.disclosureLogUrl}}
We publish our responses, without the requester's personal details, in our disclosure log: {{council.disclosureLogUrl}}

{{/if}}
{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "eir-refusal": {
    subject: "Your request {{case.reference}} – refusal notice (environmental information)",
    body: `Dear {{requester.name}},

# Refusal notice: environmental information

We have considered your request of {{date case.receivedDate}} (our reference {{case.reference}}). The information you asked for is environmental information, so we have dealt with your request under the {{law.act}}.

You asked for:
> {{case.summary}}

{{#if law.presumption}}Under {{law.presumption}} {{law.ofTheAct}} we must apply a presumption in favour of disclosure. Having done so, we are{{else}}We are{{/if}} refusing {{#if partial}}part of {{/if}}your request, and this letter is a refusal notice under {{law.refusalNotice}} {{law.ofTheAct}}. We are relying on these {{law.exemptionWordPlural}}:
{{#each exemptions}}
- {{fullCitation}}: {{title}}
{{/each}}

## Why the {{law.exemptionWordPlural}} apply
{{> exemption-reasons}}

{{> review-rights}}

{{> commissioner-rights}}

{{> sign-off}}
`,
  },

  "sar-acknowledgement": {
    subject: "Your subject access request – {{case.reference}}",
    body: `Dear {{requester.name}},

# Acknowledgement of your subject access request

Thank you for your request for a copy of your personal information, which we received on {{date case.receivedDate}}. We are dealing with it as a subject access request under Article 15 of the UK GDPR. Our reference is {{case.reference}}.

{{#if identityNeeded}}
Before we can release personal information we need to confirm your identity. Please send us {{identityNeeded}}. The time limit begins once we have it.

{{/if}}
{{#if case.dueDate}}
We will respond without undue delay and by {{date case.dueDate}} at the latest, which is one calendar month after we received your request.

{{/if}}
If your request is complex, or you have made a number of requests, the law allows us to extend this by up to two further months. If we need to, we will tell you within the first month and explain why.

If you are unhappy with how we handle your request, please contact us at {{council.email}}. You also have the right to complain to the Information Commissioner (https://ico.org.uk/make-a-complaint/).

{{> sign-off}}
`,
  },

  "internal-review-outcome": {
    subject: "Your request {{case.reference}} – outcome of your {{law.reviewName}}",
    body: `Dear {{requester.name}},

# Outcome of your {{law.reviewName}}

We have completed the {{law.reviewName}} you asked for{{#if review.requestedDate}} on {{date review.requestedDate}}{{/if}} of our response to your request {{case.reference}}. It was carried out by someone who was not involved in the original decision{{#if review.reviewer}}: {{review.reviewer}}{{/if}}, who looked at your request afresh.

## Our decision
{{#if review.upheld}}
We have upheld the original decision.
{{/if}}
{{#if review.partlyUpheld}}
We have upheld the original decision in part and changed it in part.
{{/if}}
{{#if review.overturned}}
We have overturned the original decision.
{{/if}}

{{review.findings}}

{{#if hasExemptions}}
## What we are still withholding
{{> exemption-reasons}}
{{/if}}
This completes our {{law.reviewName}} procedure.

{{> commissioner-rights}}

{{> sign-off}}
`,
  },
};
