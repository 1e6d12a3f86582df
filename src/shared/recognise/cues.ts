/**
 * The phrases the recogniser looks for, as data: each cue has an id, a pattern and the reason a
 * person reads when it fires. Patterns are bounded (no nested unbounded repeats) so no message can
 * make them backtrack for long; they run over lower-cased text of capped length.
 */

export interface Cue {
  id: string;
  pattern: RegExp;
  reason: string;
}

const cue = (id: string, pattern: RegExp, reason: string): Cue => ({ id, pattern, reason });

/** The sender names the law: FOIA, FOISA, the EIR or the Welsh equivalents. */
export const namesTheAct: readonly Cue[] = [
  cue(
    "foia",
    /\bfreedom of information\b|\bfoia?\b|\bfoisa\b|\bf\.o\.i\b/,
    "cites the Freedom of Information Act",
  ),
  cue("foiCy", /\brhyddid gwybodaeth\b/, "cites the Freedom of Information Act (in Welsh)"),
  cue(
    "informationRequest",
    /\b(?:request for information|information request|cais am wybodaeth)\b/,
    "calls itself a request for information",
  ),
];

export const namesTheEir: readonly Cue[] = [
  cue(
    "eir",
    /\benvironmental information regulations\b|\beirs?\b|\brheoliadau gwybodaeth amgylcheddol\b/,
    "cites the Environmental Information Regulations",
  ),
  cue(
    "environmentalInformation",
    /\benvironmental information\b|\bgwybodaeth amgylcheddol\b/,
    "asks for environmental information",
  ),
];

/** Asking for recorded information: a request verb near a thing that is recorded. */
export const asksForRecordedInformation: readonly Cue[] = [
  cue(
    "provide",
    /\b(?:please|kindly|could you|can you|would you|will you|i would (?:therefore |also |now |then |just )?like|i'd (?:therefore |also |now |then |just )?like|i wish|i request|i am requesting|i'm requesting|i ask|i would be grateful|grateful if you could|request the following|requesting the following|send me)\b[^.?!\n]{0,100}\b(?:provide|send|supply|disclose|release|give|tell|let me (?:know|have)|copy|copies|a list|details|know|see|request|confirm|the (?:council|authority|force|trust|board|school)'s)\b[^.?!\n]{0,120}\b(?:copy|copies|number|numbers|how many|how much|total|amount|cost|costs|spen[dt]|spending|expenditure|budget|list|details|breakdown|records?|reports?|data|figures|statistics|correspondence|emails?|minutes|polic(?:y|ies)|guidance|contracts?|agreements?|documents?|information|assessments?|surveys?|audits?|invoices?|payments?|income|revenue|names?|dates?|supplier|suppliers|tonnage|rate|plans?|notes|file|evidence|fees?)\b/,
    "asks for recorded information",
  ),
  cue(
    "following",
    /\b(?:the following (?:information|data|details|records)|information (?:on|about|regarding|relating to|held (?:by|on|about))|please (?:provide|send|supply|disclose|release|tell me)|could you (?:please )?(?:provide|send|supply|tell me|let me know)|can you (?:please )?(?:provide|send|tell me)|(?:would|'d) like to (?:know|request|receive|see|obtain|ask for)|would like (?:a copy|copies)|(?:we|i) would be grateful for|i request|please could you (?:provide|send|tell me|let me know|confirm)|please can (?:i|you)[^.?!\n]{0,20}(?:have|send|provide|tell me)|i am (?:writing|asking) to request|request (?:a copy|copies)|(?:i am|i'm) (?:asking|requesting) (?:for )?(?:a copy|copies|all|the)|can i (?:get|have|obtain|see) (?:a )?cop(?:y|ies)|(?:does|do) (?:the council|you) (?:hold|have|keep) (?:any )?(?:records?|information|data|reports?|details|copies|documents)|is there any (?:record|information|data) (?:held )?(?:of|on|about)|i (?:want|need) (?:a copy|copies|to see|to know)|(?<!attached |attach |enclose |enclosed |find |is |are |include |including )(?:a copy|copies) of (?:the|your|all|any|each)\b)\b/,
    "asks for information",
  ),
  cue(
    "quantity",
    /\b(?:how many(?! (?:more )?times (?:do|have|must|will|should|has|does) (?:i|we|it)\b)|how much(?! longer| more (?:do|must|will|have))|what (?:is|was|were|are) the (?:number|total|amount|cost|average|name|date)|the number of|the total (?:number|amount|cost|spend|value)|the amount (?:of|spent|paid))\b/,
    "asks for figures the council holds",
  ),
  cue(
    "welshRequest",
    /\b(?:hoffwn (?:ofyn|gael|dderbyn|wybod)|y wybodaeth ganlynol|a fyddech (?:cystal|gystal)|copi o|copïau o|faint (?:a wariodd|o arian|oedd|o))\b/,
    "asks for information (in Welsh)",
  ),
];

/** The requester's own personal data: a subject access request, whatever it is called. */
export const aboutTheirOwnData: readonly Cue[] = [
  cue(
    "sarNamed",
    /\b(?:subject access request|data subject access|\bdsar\b|\bsar\b|cais gwrthrych am wybodaeth|cais am fynediad at ddata)\b/,
    "calls itself a subject access request",
  ),
  cue(
    "article15",
    /\barticle 15\b|\bright of access\b/,
    "cites the right of access (UK GDPR Article 15)",
  ),
  cue(
    "dataProtection",
    /\b(?:under|using|exercising my rights under) (?:the )?(?:data protection|uk gdpr|gdpr)\b/,
    "relies on data protection law",
  ),
  cue(
    "aboutMe",
    /\b(?:information|data|records?|files?|notes?|emails?|correspondence|everything|footage|recordings?|images?|photo(?:graph)?s?)\b[^.?!\n]{0,60}\b(?:about|on|of|showing|relating to|concerning|regarding|held on|that (?:mention|name|refer to|discuss|concern|show))\s+(?:me|myself|my (?:son|daughter|child|children|mother|father|husband|wife|partner))\b|\b(?:emails?|correspondence|messages|documents|records|notes)\b[^.?!\n]{0,40}\b(?:in which|where|that) i (?:am|was) (?:mentioned|named|referred to|discussed)\b/,
    "about the sender's own records",
  ),
  cue(
    "myCase",
    /\b(?:copy|copies|notes|documents|records|information|data|file|correspondence|emails)\b[^.?!\n]{0,60}\b(?:on|about|relating to|regarding|concerning|for|in) my (?:[a-z-]+ ){0,3}(?:claims?|applications?|cases?|tenancy|account|complaints?|appeals?|assessments?|file|records|investigation)\b|\b(?:i (?:had |have )?failed|my) (?:police |security )?vetting\b/,
    "about the sender's own case",
  ),
  cue(
    "ownFootage",
    /\b(?:cctv|footage|recordings?|video)\b[^.?!\n]{0,80}\b(?:my (?:car|vehicle|accident|incident|collision|bike)|of me\b|showing me\b|my insurance|i was (?:involved|assaulted|attacked|hit))|\b(?:recorded|filmed|photographed|captured) me\b|\b(?:recordings?|transcripts?) of my (?:[a-z0-9]+ ){0,2}(?:call|calls|conversation|interview)\b|\bmy (?:999|emergency|telephone|phone) call\b[^.?!\n]{0,40}\b(?:recording|transcript)/,
    "asks for footage of an incident the sender was in",
  ),
  cue(
    "aboutThem",
    /\b(?:information|data|records?|files?|notes?)\b[^.?!\n]{0,60}\b(?:about|on|relating to|concerning|regarding|held on)\s+(?:him|her)\b/,
    "about a named person's own records",
  ),
  cue(
    "myData",
    /\bmy (?:own )?(?:[a-z-]+ ){0,3}(?:personal (?:data|information|details)|records|file|files|case notes)\b|\b(?:copy|copies) of (?:all )?my (?:[a-z-]+ ){0,3}notes\b/,
    "about the sender's own records",
  ),
  cue(
    "onBehalf",
    /\bon behalf of my (?:son|daughter|child|children|mother|father|husband|wife|partner|client)\b[^.?!\n]{0,160}\b(?:records|information|data|file)\b/,
    "asks for a family member's own records",
  ),
  cue(
    "heldAboutMe",
    /\b(?:hold|holds|held|keep|kept)\s+(?:about|on)\s+(?:me|him|her)\b/,
    "about the sender's own records",
  ),
];

/**
 * Words only someone handling a request writes: a caseworker asking a colleague for figures, or
 * a colleague sending them back ("the requester is after…", "I'd suggest we rely on section 22",
 * "before it goes out").
 */
export const caseworkVoice: readonly Cue[] = [
  cue(
    "theRequester",
    /\bthe requester(?:'s)? (?:is after|wants|has asked|asked for|is asking|would like|is looking for)\b/,
    "writes about 'the requester' as a colleague would",
  ),
  cue(
    "weRely",
    /\b(?:i'd suggest we|suggest we|we could|we can|we should|we'll|we will|we'd) (?:rely on|apply|use|cite) (?:section|s\.?|regulation|reg\.?) ?\d|\bprobably one for (?:section |s\.? ?)?\d{2}\b|\b(?:we'll|we will|we can) (?:say|mark) (?:that bit |it |that )?(?:as )?not held\b/,
    "plans the authority's answer",
  ),
  cue(
    "signOff",
    /\bbefore (?:you draft|it goes out|we (?:send|issue) (?:it|the response))\b|\b(?:leave|allow) time for sign-?off\b|\bfigures (?:below|attached) for (?:the |this |our )?(?:[a-z]+ ){0,3}(?:request|case)\b|\bfigures for \d{3,5} (?:attached|below)\b/,
    "sends or asks for figures for a case in hand",
  ),
];

/** Asking for an earlier answer to be looked at again. */
export const asksForReview: readonly Cue[] = [
  cue("internalReview", /\binternal review\b|\badolygiad mewnol\b/, "asks for an internal review"),
  cue(
    "reconsider",
    /\b(?:review|reconsider|look again at|re-?examine)\s+(?:the|your|its|this|that|my)\s+(?:decision|response|refusal|reply|answer|handling)\b|\b(?:look at|consider) (?:it|this|my request|the (?:decision|request|refusal)) again\b|\b(?:someone|somebody|a senior (?:officer|manager)|a manager) (?:senior )?to (?:look at|review|reconsider|check)\b|\bchallenge (?:the|your|this) (?:decision|refusal|response)\b|\bailystyried\b|\brequirement for review\b|\brequest(?:ing)? a review of (?:your|the|this|its) (?:decision|response|handling)\b|\bplease (?:could you )?reconsider\b|\b(?:ask|asking|request|urge|want) (?:you|the council) to reconsider\b|\b(?:could|would|can) you (?:please )?reconsider\b|\b(?:it|this|my (?:request|case|complaint)|the (?:decision|response|refusal|answer|matter)) (?:to be |be |being )?looked at again\b|\blooks? at (?:it|this|that|the (?:decision|request|refusal|response|matter)) again\b|\breconsider (?:it|this|that|the matter)\b|\b(?:someone|somebody|an? (?:officer|person|manager|colleague))\b[^.?!\n]{0,40}\b(?:not|wasn't|was not|weren't|hasn't been|has not been) (?:previously )?involved\b|\b(?:reviewed|looked at) (?:again )?by (?:someone|somebody|a senior|an independent)|\bcomplain(?:t|ing)? about (?:the|your) (?:handling|treatment) of my (?:foi |freedom of information |information |eir )?request\b/,
    "asks for an earlier answer to be reconsidered",
  ),
  cue(
    "dissatisfied",
    /\b(?:not (?:happy|satisfied)|dissatisfied|unhappy|do not accept|don't accept|disagree)\s+(?:with\s+)?(?:the|your|this|that|its)\s+(?:response|reply|answer|decision|refusal|use of|reliance|application of|estimate)\b|\b(?:like|want|ask for) (?:it|this|the (?:response|decision|answer|refusal)) (?:to be )?reviewed\b|\b(?:does|did) not (?:answer|address) (?:my|the) (?:request|question)|\b(?:doesn't|didn't|does not|did not) (?:answer|address) (?:question|part|point) \d|\b(?:question|part|point) \d+ (?:has|have|was|were) (?:been )?(?:left out|missed|ignored|not answered)|\bplease (?:can you |could you )?(?:put (?:this|it) right|correct (?:this|it|the (?:response|answer)))\b|\bbut i (?:asked|had asked) for\b/,
    "disputes an earlier answer",
  ),
  cue(
    "appeal",
    /\bappeal (?:against )?(?:the|your|this) (?:decision|refusal|response)\b/,
    "appeals against an earlier answer",
  ),
];

/** Words that show the review cue is about an information request's answer. */
export const earlierAnswer =
  /\b(?:your (?:response|reply|answer|refusal)|the (?:council|authority)(?:'s)? (?:response|refus|withheld|said)|refused|withheld|exempt|exemption|section \d{1,2}|regulation 12|not held|does not hold|my (?:foi |freedom of information |original )?request|cost limit|estimate|public interest)\b/;

/** Correspondence on a request we already hold. */
export const followsUp: readonly Cue[] = [
  cue(
    "clarifies",
    /\b(?:to clarify|by ["“'‘][^"”'’\n]{1,40}["”'’] i mean|i mean(?:t)? (?:the|formal|only|any)|what i meant|sorry for (?:the|any) (?:confusion|ambiguity)|in answer to your (?:question|query|email)|you asked (?:me )?to clarify|further to your (?:email|letter|request for clarification))\b/,
    "clarifies an earlier request",
  ),
  cue(
    "chases",
    /\b(?:still (?:no|not|waiting|haven't|have not)|no (?:response|reply) (?:yet|to date|so far)|(?:not|haven't|have not) (?:yet )?(?:received|had) (?:a|an|any) (?:response|reply|answer|acknowledge?ment)|chas(?:e|ing) (?:up|my)|overdue|when (?:can|will|may|should) i expect|is now (?:late|overdue)|deadline (?:has|was) (?:passed|missed)|working days since|(?:haven't|have not|not) heard (?:anything|back)|(?:haven't|have not|hasn't|has not) (?:had|received|got) anything (?:back|yet)|not even an acknowledge?ment|(?:has it|was it) (?:been )?received|did you (?:get|receive) (?:it|my)|confirm (?:you|that you) (?:have )?received|checking (?:that )?you (?:got|received)|(?:an|any) update on my (?:request|foi|freedom of information request)|(?:been|is) (?:well )?over (?:a|one|two|three|\d+) (?:month|months|weeks|working days))\b/,
    "chases a reply",
  ),
  cue(
    "paysFee",
    /\b(?:fees? notice|(?:i have|i've) (?:now |today )?paid|(?:i have|i've) (?:now |today |just )?made (?:the|a|my) payment|payment (?:has been|was) made|paid the (?:fee|£|charge))\b/,
    "pays a fee",
  ),
  cue(
    "thanks",
    /^(?:thank you|thanks|many thanks|diolch)\b[^\n]{0,140}\b(?:response|reply|information|help|answer|everything i needed|figures|data|documents|sending|your (?:quick|prompt)|ateb|wybodaeth)\b/,
    "thanks us for an answer",
  ),
  cue(
    "withdraws",
    /\b(?:withdraw (?:my|the|this)(?: foi| freedom of information)? request|no longer (?:need|require|want) (?:the|this|my)|please (?:close|cancel) (?:my|the|this) request|tynnu (?:fy|y) cais yn ôl)\b/,
    "withdraws a request",
  ),
  cue(
    "format",
    /\b(?:original (?:format|excel|spreadsheet)|(?:its|their) (?:original|native) format|section 11\b|(?:by post|by e-?mail) (?:rather than|instead of)|rather than (?:by )?(?:e-?mail|post)\b|instead of (?:by )?(?:e-?mail|post)\b)/,
    "asks for an answer in another format",
  ),
  cue(
    "delivery",
    /\b(?:change of address|(?:i have|i've) moved(?: house)?|my new address|send (?:it|them|the (?:paper )?copies|the (?:response|reply|information|documents)) to\b|(?:for|on|about) (?:my |this |the )?(?:earlier |previous |original )?request (?:ref(?:erence)?\.? )?[a-z]{1,6}[/-]?\d)/,
    "about delivering an answer already asked for",
  ),
  cue(
    "identity",
    /\b(?:proof of (?:identity|id|address)|(?:photo|copy|scan) of my (?:passport|driving licen[cs]e|birth certificate|council tax bill|utility bill)|as you (?:asked|requested))\b/,
    "sends documents asked for",
  ),
];

/** The sender speaks of a request they have already made. */
export const earlierRequest =
  /\bmy (?:foi |freedom of information |eir |information |subject access )?request\b|\bi (?:emailed|wrote to|contacted|e-?mailed) you (?:on|last|in|about|a|two|three|several)\b|\bi (?:sent|made|submitted|emailed) (?:an? |my )?(?:foi |freedom of information |eir |information )?request\b|\bmy (?:e-?mail|letter|message|enquiry) (?:of|dated|sent on|from) (?:\d{1,2}|last)\b/;

/** A new request even though it quotes an earlier reference. */
export const newRequestDespiteReference =
  /\b(?:(?:a|this) (?:new|further|separate|fresh|follow-?up|additional) (?:foi |freedom of information |eir |information )?request|(?:make|submit|making|submitting|send) (?:a |an )?(?:new |further |separate |formal |additional )?(?:foi |freedom of information |eir |information )?request\b(?! (?:to|for) (?:an )?internal review)|treat this as a new request|(?:something|a question|a request) (?:different|else|unrelated|new) this time|\bnothing to do with (?:my|the|that) (?:earlier|previous|last|original|old)|\b(?:a |an )?(?:different|unrelated|separate|new) (?:question|subject|topic|matter) (?:this time|now|for you)|(?:i'd|i would|i'd also|i would also) (?:now )?like to request\b)/;

/** Narrowing, refining or resubmitting a request ("I'd like to narrow my request to 2024/25"). */
export const narrowsRequest =
  /\b(?:narrow(?:ed|ing)?|refin(?:e|ed|ing)|reduc(?:e|ed|ing)|limit(?:ed|ing)?|resubmit(?:ted|ting)?|revis(?:e|ed|ing)|cut(?:ting)? down) (?:down )?(?:the scope of )?(?:my|the|our|this) (?:original |earlier |previous )?request\b|\b(?:narrower|narrowed|refined|revised|reduced|resubmitted) (?:version of (?:my|the) )?request\b/;

/** An earlier refusal on cost: FOIA s12, the appropriate limit. */
export const refusedOnCost =
  /\bsection 12\b|\bs\.? ?12\b|\bcost(?:s)? limit\b|\bappropriate limit\b|\b(?:18|24) hours\b|£450|£600/;

/** The voice of an authority answering a request (our own letters quoted back, others' replies). */
export const authorityVoice: readonly Cue[] = [
  cue(
    "thankRequest",
    /\bthank you for your (?:request|freedom of information request|foi request|email|enquiry)(?: for information)?,? (?:dated|received|which|we received)\b|\bthank you for your (?:freedom of information |foi |information )?request (?:about|regarding|concerning|relating to)\b|\b(?:in which|where) you (?:asked|requested)\b|\b(?:i|we) write in connection with your request\b/,
    "thanks someone for their request",
  ),
  cue(
    "ourResponse",
    /\b(?:our response (?:is|to your)|(?:please find|see) (?:below|attached) (?:our|the) response|we have (?:now )?considered your request|has now considered your request)\b/,
    "gives an authority's response",
  ),
  cue(
    "youAsked",
    /^(?:you asked|your request|request|question|response|our response|answer)\s*:?\s*$/m,
    "quotes the request it answers",
  ),
  cue(
    "reviewRights",
    /\b(?:if you are (?:dis|un)satisfied with (?:this|our|the) (?:response|handling|decision)|you (?:may|can|have the right to) (?:request|ask for) an internal review|(?:apply|complain) to the information commissioner)\b/,
    "explains review and complaint rights",
  ),
  cue(
    "weAcknowledge",
    /\b(?:we (?:acknowledge|have received) (?:receipt of )?your request|we will respond (?:by|within)|your request (?:has been|was) (?:logged|received|registered|passed to)|will be (?:dealt with|answered|responded to) within \d+ working days|^dear requester)\b/m,
    "acknowledges someone else's request",
  ),
  cue(
    "youAskedFor",
    /^(?:you asked|you requested|your request (?:asked|was)) (?:for|whether|about|how|if)\b|\b(?:the (?:trust|council|force|authority|department|board)|we) (?:holds?|does not hold|do not hold|can confirm (?:that )?(?:it|we) holds?) (?:this|the|some of the) information\b/,
    "answers someone else's request",
  ),
  cue(
    "transferred",
    /\b(?:advised the requester|(?:we have|we've) (?:transferred|passed) (?:the|this) request|(?:this|the) request (?:was|has been) (?:sent|received) (?:to us )?in error|received the request below)\b/,
    "passes on someone else's request",
  ),
  cue(
    "notHeld",
    /\b(?:(?:the council|we) (?:does|do) not hold|we are (?:unable|not able) to provide|is (?:therefore |also )?exempt under section)\b/,
    "states what the authority holds",
  ),
];

/** Mail about something else entirely: jobs, invoices, legal claims. */
export const unrelatedBusiness: readonly Cue[] = [
  cue(
    "job",
    /\b(?:apply(?:ing)? for|application for|interested in) the (?:[a-z-]+ ){0,4}(?:vacancy|post|role|position)\b|\bmy (?:cv|curriculum vitae)\b|\bcovering letter\b|\bjob application\b/,
    "a job application",
  ),
  cue(
    "invoice",
    /\b(?:invoice (?:no\.?|number|ref)|invoice [a-z]{0,5}-?\d|remittance advice|purchase order|statement of account|arrange payment|payment is (?:now )?overdue|is now \d+ days overdue|(?:our|the|an) (?:outstanding|overdue|unpaid) invoice)\b/,
    "an invoice or payment demand",
  ),
  cue(
    "disclosure",
    /\b(?:schedule 2,? part 1,? paragraph 2|schedule 2 (?:of|to) the data protection act|paragraph 2 of schedule 2|prevention or detection of crime[^.?!\n]{0,80}(?:disclos|personal data)|(?:court|production) order|under section 29 (?:of the )?data protection|data sharing request (?:form|from))\b/,
    "a third party's request to disclose personal data (not an FOI request or a SAR)",
  ),
  cue(
    "survey",
    /\b(?<!\bi (?:will |shall |can |could |may |might )?)(?<!\bbefore i )(?<!\bwe (?:will |can )?)(?:complete|fill in|fill out|take part in|respond to) (?:our|a|an|this|the|my) (?:[a-z0-9-]+ ){0,3}(?:survey|questionnaire|poll)\b/,
    "asks the council to complete a survey",
  ),
  cue(
    "search",
    /\b(?:con ?29|llc1|official (?:local )?search|local land charges? search|search fee)\b/,
    "a paid local land charges search (a service)",
  ),
  cue(
    "objection",
    /\b(?:i|we) (?:wish to |would like to |want to |hereby )?(?:object|objection) to (?:the |this )?(?:proposed |planning )?(?:application|development|proposal|plans?)\b|\b(?:register|record|note) (?:my|our) (?:objection|support|comments?)\b|\b(?:my|our) (?:views|comments|response|submission) (?:to|on) (?:the )?(?:[a-z-]+ ){0,4}consultation\b|\b(?:sending|send|submit|submitting) (?:you )?(?:my|our|the following) (?:views|comments|response|submission)\b|\bcounted as (?:a |my |our )?(?:response|submission)\b/,
    "comments on a planning application or a consultation (a representation, not a request)",
  ),
  cue(
    "campaign",
    /\b(?:sign(?:ing)? (?:up to )?(?:the|our|this) (?:[a-z-]+ ){0,3}(?:pledge|charter|commitment)|signing takes|(?:join|support) (?:the|our) campaign)\b/,
    "asks the council to sign up to a campaign",
  ),
  cue(
    "statutory",
    /\b(?:coroners and justice act|schedule 5 (?:to|of) the coroners|the coroner requires|witness summons|production order|notice to produce|sealed (?:copy of (?:the |an )?)?order)\b/,
    "a coroner's or court's demand for documents (not an information request)",
  ),
  cue(
    "claim",
    /\b(?:letter of claim|pre-action protocol|personal injur(?:y|ies)|forward this letter to your insurers|we (?:act|are instructed) (?:for|by|on behalf of)\b[^.?!\n]{0,120}\bclaim (?:for|in respect of|against))\b/,
    "a legal claim, not an information request",
  ),
];

/** Automated and bulk mail. */
export const automatedSubject =
  /^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|undeliverable|undelivered mail|delivery (?:status notification|has failed|failure)|mail delivery (?:failed|subsystem)|returned mail|ateb awtomatig|allan o'r swyddfa)\b|^read:/i;

/** Bodies that only machines write: helpdesk acknowledgements and notifications. */
export const automatedBody =
  /\bscanned and sent to you\b|\bscan to e-?mail\b|\bwould like to recall the message\b|\byou(?:'ve| have) been added to (?:a |the )?team\b|\bi am (?:currently )?out of (?:the )?office (?:until|from|on|and)\b|\bi(?:'m| am) (?:currently )?(?:away|on (?:annual )?leave) (?:until|from)\b[^.]{0,80}\b(?:limited|no) access\b|\bi(?:'m| am) (?:currently )?on (?:annual |maternity |paternity |parental |sick |study |adoption )?leave\b[^.]{0,60}\bnot (?:regularly )?checking\b|\bnot (?:regularly )?checking (?:this|my) (?:inbox|e-?mail|mailbox)\b|\bthis is an automat(?:ed|ic) (?:message|response|reply|confirmation|notification)\b|\b(?:your )?(?:ticket|case|request) \(?#?\d{2,}\)? has been (?:received|created|opened|logged)\b|\bto add additional comments,? reply to this e-?mail\b|\bplease do not reply to this (?:e-?mail|message)\b|\bhas (?:accepted|declined|tentatively accepted) this meeting\b|\bplease confirm your subscription\b|\bwas read on\b|\b(?:being )?held for you to review\b|\bquarantine (?:portal|notification|digest)\b/;

export const marketing: readonly Cue[] = [
  cue(
    "demo",
    /\b(?:demo|demonstration|webinar|free trial|book a (?:call|slot|meeting|demo)|quick call|(?:\d+|twenty|fifteen|thirty)[- ]?min(?:ute)?s? (?:call|chat|demo|with you|of your time)|book (?:\d+|a few|some) minutes|(?:arrange|book|schedule) a (?:call|meeting|chat) to discuss|discuss (?:our )?(?:rates|pricing|fees)|show you (?:how|around|a demo|our)|(?:short|quick) (?:video|walkthrough|demo)|showing how [a-z ]{1,40} uses (?:it|us|our))\b/,
    "asks for a sales demonstration",
  ),
  cue(
    "product",
    /\b(?:our (?:platform|solution|software|product|service|tool|clients|customers)|went live with us|(?:we|[a-z]+) helps? (?:councils|local authorities|public sector|organisations|teams)|case study|pricing|special offer|discount|our customers include|trusted by|(?:tool|platform|software|system|solution) (?:built|designed|made) for (?:uk )?(?:public (?:bodies|sector)|councils|local authorities)|helps? you (?:to )?(?:log|manage|track|save|cut|reduce|automate|publish|handle|never)|by up to \d+ ?%|top of google|first page of google|ranking for|search engine optimi[sz]ation|\bseo\b|free (?:report|audit|quote|consultation|website review))/,
    "promotes a product",
  ),
  cue(
    "event",
    /\b(?:places? (?:left|remaining|still available)|early[- ]bird|awards? (?:dinner|ceremony|evening|night)|(?:one|two|half|full)[- ]day (?:course|workshop|conference|masterclass|seminar)|(?:course|workshop|masterclass|conference|seminar) (?:fee|price|costs?) )/,
    "advertises a course or event",
  ),
  cue(
    "callToAction",
    /\b(?:book (?:now|your place|online|today)|(?:can be )?booked now|register (?:now|today|your interest)|sign up (?:now|today|here)|buy now|order now|reserve your (?:place|seat))\b/,
    "asks the reader to book or buy",
  ),
  cue(
    "unsubscribe",
    /(?<!please )\bunsubscribe\b(?! me)|\bto opt out\b|\bnot the right person\b[^.?!\n]{0,60}\b(?:reply|let me know|point me)|\b(?:won't|will not|never) (?:email|e-mail|contact) (?:you )?again\b|\byou are receiving this\b|\bour mailing list\b/,
    "bulk mail with an unsubscribe",
  ),
];

export const phishing: readonly Cue[] = [
  cue(
    "credentials",
    /\b(?:password (?:expir|reset|will expire)|verify your (?:account|identity|mailbox|email)|mailbox (?:quota|storage|is full)|confirm (?:your|it|the) (?:password|account|login)|(?:account|mailbox) (?:will be )?(?:suspended|locked|deactivated|closed)|keep (?:current|same|your) password|sign in to avoid|unusual sign-?in|suspicious (?:activity|login|sign-?in)|secure your account|sign in with your (?:work|microsoft|office|e-?mail|company) account to (?:view|access|open)|(?:enter|confirm|provide|type) your [^.?!\n]{0,40}\bpassword)\b/,
    "asks for a password (phishing)",
  ),
  cue(
    "scam",
    /\b(?:you have (?:won|been selected)|lottery|prize (?:of|money)|inheritance|next of kin|beneficiary|bitcoin|cryptocurrency|wire transfer|gift cards?|claim your (?:prize|reward|funds)|(?:parcel|package|delivery) (?:could not|couldn't|was not|cannot) be delivered|(?:re-?delivery|customs|release) fee|(?:reply|replying|respond|send|confirm)[^.?!\n]{0,30}\b(?:your|with your) (?:bank|card) (?:account )?details|your authori[sz]ation code)\b/,
    "a prize or money scam",
  ),
];

/** Asking for a service or an action, not for recorded information. */
export const asksForService: readonly Cue[] = [
  cue(
    "howToApply",
    /\b(?:how (?:do|can|would) i (?:apply|book|pay|report|register|get|renew)|how to (?:apply|book|pay|report|register)|who (?:should|do|can) i (?:contact|speak to|ask|write to)|who i (?:should|need to|can) (?:contact|speak to|ask|write to)|(?:application|appeal|claim|registration|complaints?) form|an appointment|where (?:do|can) i (?:get|apply|find)|send me (?:the|a|an) (?:[a-z-]+ ){0,2}form|(?:the|a|an) form (?:for|to) (?:renew|apply|register|claim|request|report)|what (?:documents|evidence|proof) (?:i|we) (?:need|have|must) (?:to )?(?:send|provide|supply|bring|include))\b/,
    "asks how to use a council service",
  ),
  cue(
    "action",
    /\b(?:(?:could|can|would|will) (?:someone|somebody|you|the council) (?:please )?(?:arrange|come|remove|cut|fix|repair|collect|clear|empty|clean|sort|look at|send someone|attend|replace)|needs? (?:removing|clearing|fixing|repairing|cutting|emptying|collecting|cleaning|sorting)|let me know when (?:it|this|they)(?:'s| has| have| will| is)? ?(?:been )?(?:done|fixed|sorted|removed|cleared)|please (?:remove|repair|fix|collect|empty|cut|clear|clean) (?:the|it|them|this)|please (?:cancel|refund|waive|rescind|overturn) (?:the|this|my)(?: parking| penalty)? (?:charge|fine|ticket|penalty|pcn|notice)|send (?:the |a |an )?(?:[a-z-]+ )?(?:warden|officer|inspector|engineer)s?\b|send (?:someone|somebody|pest control|a crew)|a fyddai modd i rywun|make sure (?:it|they|this|that|the [a-z]+) (?:is|are|gets?) (?:collected|emptied|fixed|repaired|cleared|done)|i (?:want|need) (?:it|this|these|them|the [a-z]+) (?:[a-z]+ )?(?:fixed|repaired|sorted|removed|emptied|collected|cleared))\b/,
    "asks for something to be done, not for information",
  ),
  cue(
    "ownCase",
    /\b(?:what band (?:i|we)|how long (?:i|we) (?:am|are|will|have|might)|(?:am|are) (?:i|we) (?:likely|eligible|entitled)|when will (?:i|we) (?:get|hear|receive)|why (?:is|has|was) my|can i pay|how (?:do|can) i pay|(?:my|our) (?:application|claim|account|bill|booking|permit) (?:has|is|was)|(?:haven't|have not|still not|not yet) (?:had|received|got) my|order (?:number|no\.?|ref)|what (?:i|we|she|he|they|my [a-z]+) (?:will |would )?(?:have to |need to )?pay\b|whether (?:the council|you) (?:will|can|could) help|what (?:i|we) (?:still )?owe\b|close (?:my|the|our) account|my (?:council tax|rent|business rates|water) (?:account|bill|balance)|\b(?:term dates|inset days?|opening (?:hours|times))|\bwhen (?:will|is) (?:my|the) [a-z ]{0,40}(?:be (?:done|fixed|repaired|completed|sorted)|happening)\b|\bjob (?:number|no\.?|ref(?:erence)?)\b)/,
    "asks about their own case or account (a service enquiry)",
  ),
  cue(
    "complaint",
    /\b(?:i (?:want|wish|would like) to (?:make|raise|lodge|submit) a (?:formal )?complaint|this is a formal complaint|i (?:expect|want|would like|demand) an apology)\b/,
    "a complaint about a service",
  ),
  cue(
    "report",
    /\b(?:missed (?:bin|collection)|(?:bin|bins) (?:was|were|has been) missed|pothole|fly[- ]?tipp|graffiti|overgrown|street ?lights? (?:is )?(?:out|broken)|street ?lights?\b[^.?!\n]{0,60}\b(?:are|is|have been|has been) (?:out|off|broken|not working)|\b(?:bins?|collections?)\b[^.?!\n]{0,30}\b(?:has|have|was|were) not been (?:emptied|collected)|\b(?:hasn't|haven't|wasn't|weren't) (?:been )?(?:emptied|collected)|abandoned (?:car|vehicle) (?:outside|on my))\b/,
    "reports a problem",
  ),
];

/** Questions about how to make a request, not requests. */
export const aboutTheProcess =
  /\b(?:how long does it (?:normally |usually |generally )?take (?:you )?to (?:answer|respond|reply|deal)|can i (?:submit|make|send) (?:one|a request|an? (?:foi|freedom of information|information) request)|how (?:do|can|would) i (?:make|submit|send) (?:a|an) (?:foi|freedom of information|information|subject access)? ?request)/;

export const press: readonly Cue[] = [
  cue(
    "press",
    /\b(?:press (?:enquiry|office|statement)|media (?:enquiry|request)|(?:a|give us a|provide a|for a) (?:statement|comment|quote)|for comment|our (?:print |publication )?deadline|on the record|spokesperson)\b/,
    "a press enquiry for a comment",
  ),
];

/**
 * Environmental subjects (EIR reg 2(1)): weight 2 for clear ones, 1 for words that need company.
 * `service` marks words that often just name a service, a site or a charge ("household waste
 * recycling centres", "drainage rates"): in a list of questions they make the request an EIR
 * one only when they are its main subject.
 */
export const environmentalTopics: ReadonlyArray<{
  pattern: RegExp;
  weight: number;
  label: string;
  service?: boolean;
}> = [
  {
    pattern:
      /\bnoise (?:monitoring|complaints?|levels?|nuisance|reports?|measurements?)\b|\bnoise\b/,
    weight: 2,
    label: "noise",
  },
  {
    pattern:
      /\bair (?:quality|pollution)\b|\bemissions?\b|\bnitrogen dioxide\b|\bparticulates?\b|\bdust (?:monitoring|levels?|complaints?|suppression|deposition|from)\b|\bodou?r (?:complaints?|monitoring|nuisance)\b/,
    weight: 2,
    label: "air quality and emissions",
  },
  {
    pattern: /\bcontaminat(?:ed|ion)\b|\bpollution\b|\bpollutants?\b/,
    weight: 2,
    label: "pollution or contamination",
  },
  {
    pattern:
      /\bflood(?:s|ing)?\b|\berosion\b|\bsea ?walls?\b|\bcoastal (?:defen[cs]es?|protection|management)\b|\briverbanks?\b|\bsewage\b|\bwater quality\b|\bbathing water\b|\b(?:private|drinking|mains) water\b|\bwater (?:samples?|sampling|testing)\b|\be\. ?coli\b|\benterococci\b/,
    weight: 2,
    label: "water, flooding or erosion",
  },
  {
    pattern: /\bdrainage\b/,
    weight: 2,
    label: "drainage",
    service: true,
  },
  {
    pattern:
      /\becology\b|\becological\b|\bbiodiversity\b|\bhabitats?\b|\bwildlife\b|\bbadgers?\b|\bbats?\b|\bprotected species\b|\bsetts?\b|\bpollinators?\b|\bwild ?flowers?\b|\brewild(?:ing|ed)?\b/,
    weight: 2,
    label: "ecology and wildlife",
  },
  {
    pattern:
      /\btree preservation\b|\btrees\b|\btree (?:survey|works|felling|inspection|report)\b|\bhedgerows?\b|\bwoodland\b/,
    weight: 2,
    label: "trees",
  },
  {
    pattern:
      /\brecycling\b(?! (?:services?|team|department|crews?|staff|workers|operatives|depot|vehicles?|contract staff))|\blandfill\b|\btonnages?\b|\bfly[- ]?tipp(?:ing|ed|ers?)\b|\bincinerat|\banaerobic digest|\bcompost/,
    weight: 2,
    label: "waste treatment and recycling",
    service: true,
  },
  {
    pattern: /\bwaste\b/,
    weight: 1,
    label: "waste",
    service: true,
  },
  {
    pattern:
      /\bwind (?:farm|turbines?)\b|\belectricity (?:use|used|consumption|generated|usage)\b|\bhow much (?:electricity|gas|energy)\b|\bk[wm]h\b|\bturbines?\b|\bsolar (?:farm|panels?)\b|\benergy (?:use|consumption|efficiency)\b|\bcarbon\b|\bnet zero\b/,
    weight: 2,
    label: "energy and carbon",
  },
  {
    pattern:
      /\bplanning (?:application|permission) (?:no\.?\s?|number\s|ref(?:erence)?\.?\s)?\d|\bplanning (?:application|permission) (?:for|at)\b|\bapplication \d{2}\/\d{3,6}|\b(?:planning enforcement notices?|building control notices?)\b|\benforcement notices?\b(?![^.?!\n]{0,80}\b(?:fire|prohibition|food|hygiene|licen[cs]|housing act|improvement|premises))|\bplanning enforcement (?:case|cases|file|investigation|complaints?|action|records?)\b|\benforcement (?:case|file|investigation)\b[^.?!\n]{0,60}\b(?:site|land|property|extension|development|building)\b|\bunauthori[sz]ed (?:development|building|works|extension|structure)\b|\bbreach(?:es)? of planning\b/,
    weight: 2,
    label: "a planning application or notice",
  },
  {
    pattern:
      /\bplanning (?:application|permission|condition|file)\b|\bsite (?:plan|survey)\b|\bland (?:at|adjacent|registry|contamination)\b/,
    weight: 1,
    label: "planning and land",
  },
  {
    pattern:
      /\blight (?:pollution|measurements?|nuisance|levels?)\b|\bfloodlights?\b|\blighting complaints\b/,
    weight: 2,
    label: "light pollution",
  },
  {
    pattern:
      /\b(?:[cg]h?oed(?:en)?|ll?ifogydd|ll?ygredd|ansawdd aer|g?wastraff|ailgylchu|sŵn|s[wŵ]n|ynni adnewyddadwy|f?bioamrywiaeth|allyriadau|tir halogedig)\b/,
    weight: 2,
    label: "an environmental subject (in Welsh)",
  },
  {
    pattern:
      /\bjapanese knotweed\b|\binvasive (?:species|plants?|weeds?)\b|\bhimalayan balsam\b|\bgiant hogweed\b/,
    weight: 2,
    label: "invasive species",
  },
  { pattern: /\bpesticides?\b|\bglyphosate\b|\bherbicides?\b/, weight: 2, label: "pesticides" },
  {
    pattern: /\benvironmental (?:health|impact|permit)\b/,
    weight: 1,
    label: "environmental health",
  },
];

/** Runs a list of cues over sentences; returns those that fired with the words they matched. */
export function matchCues(
  cues: readonly Cue[],
  pieces: readonly string[],
): Array<{ cue: Cue; quote: string }> {
  const out: Array<{ cue: Cue; quote: string }> = [];
  for (const entry of cues) {
    for (const piece of pieces) {
      const match = entry.pattern.exec(piece);
      if (match) {
        out.push({ cue: entry, quote: match[0] });
        break;
      }
    }
  }
  return out;
}

/**
 * Lower-cased text cut into sentences of at most 400 characters (at most 800 of them). Every
 * cue's windows stop at sentence ends anyway, so this loses nothing and bounds the work on
 * hostile input.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  let start = 0;
  for (let i = 0; i <= lower.length && out.length < 800; i++) {
    const char = lower[i];
    const next = lower[i + 1];
    const stop =
      i === lower.length ||
      char === "\n" ||
      char === "?" ||
      char === "!" ||
      (char === "." && (next === " " || next === "\n" || next === undefined));
    if (!stop) continue;
    const piece = lower.slice(start, i + (char === "?" || char === "!" ? 1 : 0)).trim();
    if (piece) out.push(piece.length > 400 ? piece.slice(0, 400) : piece);
    start = i + 1;
  }
  return out;
}
