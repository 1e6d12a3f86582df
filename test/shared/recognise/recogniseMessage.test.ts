import { recogniseMessage } from "../../../src/shared/recognise";
import { message } from "./messageBuilder";

describe("recogniseMessage: what kind of mail is this?", () => {
  it("registers a written request for recorded information even when it never mentions FOI (FOIA s8)", () => {
    const result = recogniseMessage(
      message({
        subject: "Bridge repairs",
        body: "Hello,\n\nCould you tell me how much the council spent repairing the Weir Street bridge in 2025, and which contractor did the work?\n\nThanks,\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.validity).toEqual({ valid: true, missing: [] });
    expect(result.reasons.join(" ")).toMatch(/recorded information|figures/);
  });

  it("does not register a service request ('my bin was missed')", () => {
    const result = recogniseMessage(
      message({
        subject: "Bin",
        body: "My blue bin was missed again on Orchard Rise. Could someone come and empty it please?\n\nImogen",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("service");
  });

  it("treats a request for the sender's own records as a SAR even when it is called FOI", () => {
    const result = recogniseMessage(
      message({
        subject: "FOI request",
        body: "Under the Freedom of Information Act please send me all the records the housing team holds about me, including notes of my calls.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("sar");
    expect(result.reasons.join(" ")).toMatch(/own records/);
  });

  it("keeps statistics about SARs as an FOI request", () => {
    const result = recogniseMessage(
      message({
        subject: "FOI request - subject access requests",
        body: "Under the Freedom of Information Act please provide:\n\n1. The number of subject access requests received in 2025.\n2. The number answered late.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.questions).toHaveLength(2);
  });

  it("recognises an internal review that never uses the words 'internal review'", () => {
    const result = recogniseMessage(
      message({
        subject: "LHC/FOI/2026/0031",
        body: "You said the report is not held. I do not accept your response: the cabinet minutes refer to it. Please reconsider your decision and search the planning files.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("internal_review");
  });

  it("treats a chaser that only threatens a review as a follow-up", () => {
    const result = recogniseMessage(
      message({
        subject: "Request FOI-20771",
        body: "I have still not had a reply to FOI-20771. If I hear nothing by Friday I will ask for an internal review.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("followup");
    expect(result.references).toEqual(["FOI-20771"]);
  });

  it("reads a reply quoting our reference as a follow-up, not a new request", () => {
    const result = recogniseMessage(
      message({
        subject: "RE: FOI/2026/0077 clarification",
        body: 'By "agency staff" I mean workers supplied through the Matrix framework only.\n\nImogen\n\nFrom: FOI Team <foi@larkhill.gov.uk>\nSent: 01 March 2026 10:00\nTo: Imogen\nSubject: FOI/2026/0077 clarification\n\nPlease could you clarify what you mean by agency staff?',
      }),
    );
    expect(result.kind).toBe("followup");
    expect(result.reasons).toContain("quotes the reference FOI/2026/0077");
  });

  it("registers a new request made in a reply on an old case when it says it is a new request", () => {
    const result = recogniseMessage(
      message({
        subject: "Re: FOI/2026/0077 response",
        body: "Thanks. I would also like to make a new request:\n\n1. The number of agency workers in March 2026.\n2. Their total cost.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.questions).toEqual([
      "The number of agency workers in March 2026.",
      "Their total cost.",
    ]);
  });

  it("keeps an auto-reply that quotes a numbered request out of the register", () => {
    const result = recogniseMessage(
      message({
        subject: "Automatic reply: Your request",
        headers: { "auto-submitted": "auto-replied" },
        body: "I am away until Monday.\n\n> Please provide:\n> 1. Spend on consultants.\n> 2. Number of staff.",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.questions).toEqual([]);
    expect(result.requester.email).toBeNull();
  });

  it("keeps another authority's answer to our own request out of the register", () => {
    const result = recogniseMessage(
      message({
        from: { name: "FOI Unit", address: "foi@westvale.police.uk" },
        subject: "Freedom of Information request WP-FOI-2026-221 - response",
        body: "Thank you for your request for information dated 3 February 2026. Our response is below.\n\nYou asked:\n1. How many thefts were recorded?\n\nResponse:\n1. 412.\n\nIf you are dissatisfied with this response you may request an internal review.",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("authority_response");
  });

  it("keeps a colleague's email about a case out of the register", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Asif Rahman", address: "asif.rahman@larkhill.gov.uk" },
        to: [{ name: "Nell", address: "nell.ford@larkhill.gov.uk" }],
        cc: [{ name: "FOI", address: "foi@larkhill.gov.uk" }],
        subject: "FOI/2026/0102 figures",
        body: "Nell, please could you provide the number of parking fines issued in 2025 for this one?\n\nAsif",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("internal");
  });

  it("keeps a press enquiry that only wants a comment out of the register", () => {
    const result = recogniseMessage(
      message({
        subject: "Media enquiry",
        body: "Could the council give us a statement on the closure of the lido? Our deadline is 3pm.\n\nReporter, Larkhill Courier",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("press");
  });

  it("suggests the EIR for noise monitoring reports even when the sender cites FOI", () => {
    const result = recogniseMessage(
      message({
        subject: "FOI request",
        body: "Under FOI please send me the noise monitoring reports for the Brookside wind turbines since 2024.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
    expect(result.suggestedRegime).toBe("eir");
  });

  it("does not treat a passing mention of planning as environmental", () => {
    const result = recogniseMessage(
      message({
        subject: "FOI request",
        body: "Under the Freedom of Information Act please tell me the number of judicial review claims against the council in 2025 and the subject of each (for example planning or housing).\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
  });
});

describe("recogniseMessage: who is asking and where the answer goes", () => {
  it("uses Reply-To over From", () => {
    const result = recogniseMessage(
      message({
        replyTo: [{ name: "", address: "imogen.home@example.net" }],
        subject: "FOI request",
        body: "Under the Freedom of Information Act please provide the council's pothole budget for 2026.\n\nImogen Tallis",
      }),
    );
    expect(result.requester.email).toBe("imogen.home@example.net");
  });

  it("keeps WhatDoTheyKnow's per-request address exactly and ignores its footer", () => {
    const address = "foi+request-3141592-ab12cd34@whatdotheyknow.com";
    const result = recogniseMessage(
      message({
        from: { name: "Imogen Tallis", address },
        subject: "Freedom of Information request - Grit bins",
        body: `Dear Larkhill Council,\n\n1. How many grit bins does the council maintain?\n2. How often are they refilled?\n\nYours faithfully,\n\nImogen Tallis\n\n-------------------------------------------------------------------\n\nPlease use this email address for all replies to this request:\n${address}\n\n1. This request and any reply will be published.\n-------------------------------------------------------------------`,
      }),
    );
    expect(result.viaWhatDoTheyKnow).toBe(true);
    expect(result.requester.email).toBe(address);
    expect(result.questions).toEqual([
      "How many grit bins does the council maintain?",
      "How often are they refilled?",
    ]);
    expect(result.reasons).toContain("sent through WhatDoTheyKnow");
  });

  it("finds the original sender of a request forwarded by our contact centre", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Contact Centre", address: "contact@larkhill.gov.uk" },
        subject: "FW: a question",
        body: "See below.\n\n-----Original Message-----\nFrom: Ola Brandt <ola.brandt@example.com>\nSent: 01 March 2026 20:00\nTo: Contact Centre <contact@larkhill.gov.uk>\nSubject: a question\n\nHow many CCTV cameras does the council operate, and what did they cost to run in 2025?\n\nOla",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.requester.email).toBe("ola.brandt@example.com");
  });

  it("names journalists, councillors and law firms as such", () => {
    const base =
      "Under the Freedom of Information Act please provide the total spent on agency staff in 2025.";
    const journalist = recogniseMessage(
      message({ body: `${base}\n\nKind regards,\nImogen Tallis\nReporter, Larkhill Courier` }),
    );
    const councillor = recogniseMessage(
      message({ body: `${base}\n\nKind regards,\nCllr Imogen Tallis\nMember for Abbey Ward` }),
    );
    const solicitor = recogniseMessage(
      message({ body: `${base}\n\nYours faithfully,\nImogen Tallis\nTallis & Co Solicitors` }),
    );
    expect(journalist.requester.type).toBe("journalist");
    expect(councillor.requester.type).toBe("elected_representative");
    expect(solicitor.requester.type).toBe("solicitor");
  });

  it("says what s8 needs when the request gives no name", () => {
    const result = recogniseMessage(
      message({
        from: { name: "", address: "x9@example.org" },
        subject: "FOI",
        body: "Under the Freedom of Information Act please provide the council's 2025 spend on consultants.",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.validity?.missing).toContain("name");
  });
});

describe("recogniseMessage: dates, language and preferences", () => {
  it("dates receipt by the Europe/London calendar (23:30 UTC on 30 June in summer is 1 July)", () => {
    const result = recogniseMessage(
      message({
        receivedAt: "2026-06-30T23:30:00.000Z",
        body: "How many libraries does the council run?",
      }),
    );
    expect(result.receivedDate).toBe("2026-07-01");
  });

  it("recognises Welsh correspondence, which must be answered in Welsh", () => {
    const result = recogniseMessage(
      message({
        subject: "Cais Rhyddid Gwybodaeth",
        body: "Annwyl Gyngor,\n\nHoffwn gael y wybodaeth ganlynol o dan Ddeddf Rhyddid Gwybodaeth 2000:\n\n1. Faint a wariodd y cyngor ar gyfieithu yn 2025?\n\nYn gywir,\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.language).toBe("cy");
    expect(result.preferences.welshReply).toBe(true);
  });

  it("does not call an English request Welsh because it signs off 'Diolch'", () => {
    const result = recogniseMessage(
      message({
        body: "Under the Freedom of Information Act please provide the number of Welsh-medium school places in 2025.\n\nDiolch,\nImogen",
      }),
    );
    expect(result.language).toBe("en");
  });

  it("reads a preferred format (s11)", () => {
    const result = recogniseMessage(
      message({
        body: "Under FOI please provide the list of council-owned car parks. I would prefer to receive it as a CSV file.\n\nImogen Tallis",
      }),
    );
    expect(result.preferences.format).toBe("csv");
  });

  it("reads a request that sits in a text attachment", () => {
    const result = recogniseMessage(
      message({
        subject: "Request",
        body: "Please see attached.\n\nImogen",
        attachments: [
          {
            name: "request.txt",
            mimeType: "text/plain",
            size: 120,
            text: "Under the Freedom of Information Act please provide:\n1. Spend on road gritting in 2025.\n2. Tonnes of grit used.",
          },
        ],
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.questions).toEqual(["Spend on road gritting in 2025.", "Tonnes of grit used."]);
  });
});

describe("recogniseMessage: conversations we already hold", () => {
  it("treats a message in the conversation of a registered case as a follow-up on it", () => {
    const result = recogniseMessage(
      message({
        conversationId: "AAQkADk3",
        subject: "Spending question",
        body: "Sorry, one more thing: I meant the 2025 calendar year, not the financial year.\n\nImogen",
      }),
      { knownConversations: new Map([["AAQkADk3", "FOI/2026/0301"]]) },
    );
    expect(result.kind).toBe("followup");
    expect(result.reasons).toContain("replies in the same conversation as case FOI/2026/0301");
  });

  it("still registers an internal review asked for in that conversation", () => {
    const result = recogniseMessage(
      message({
        conversationId: "AAQkADk3",
        subject: "Re: your response",
        body: "I am unhappy with your response and ask for an internal review of the refusal.\n\nImogen Tallis",
      }),
      { knownConversations: new Map([["AAQkADk3", "FOI/2026/0301"]]) },
    );
    expect(result.kind).toBe("internal_review");
  });
});

describe("recogniseMessage: website forms", () => {
  it("reads the requester from a web form relayed by the council's no-reply address", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Larkhill Council", address: "noreply@larkhill.gov.uk" },
        subject: "New online form: Freedom of Information request",
        body: "A new online form has been submitted.\n\nName: Ola Brandt\nEmail: ola.brandt@example.com\nRequest details: Please provide the number of staff working from home in 2026.",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.requester).toMatchObject({ name: "Ola Brandt", email: "ola.brandt@example.com" });
  });
});

describe("recogniseMessage: requests passed on and earlier cases quoted", () => {
  it("reads a request a colleague passed on without 'FW:' in the subject", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Dev Patel", address: "dev.patel@larkhill.gov.uk" },
        to: [{ name: "FOI", address: "foi@larkhill.gov.uk" }],
        subject: "Request about allotments",
        body: "FYI - came to me by mistake.\n\n-----Original Message-----\nFrom: Rhona Price <rhona.price@example.net>\nSent: 01 March 2026 09:00\nTo: Dev Patel <dev.patel@larkhill.gov.uk>\nSubject: Allotments\n\nPlease could you tell me how many people are on the allotment waiting list and how long the average wait is?\n\nRhona Price",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.requester.email).toBe("rhona.price@example.net");
  });

  it("registers a new request that cites an earlier answer for context", () => {
    const result = recogniseMessage(
      message({
        subject: "Grit bins",
        body: "In your answer to FOI/2025/0400 you said the council has 300 grit bins. Please provide a list of their locations.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.references).toEqual(["FOI/2025/0400"]);
  });

  it("keeps a change of address on an open request as a follow-up", () => {
    const result = recogniseMessage(
      message({
        subject: "Change of address - FOI/2026/0612",
        body: "I have moved. Please send the paper copies for request FOI/2026/0612 to 8 Beech Road instead.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("followup");
  });
});

describe("recogniseMessage: mail that only looks like a request", () => {
  it("keeps another authority's answer with review rights out of internal review", () => {
    const result = recogniseMessage(
      message({
        from: { name: "FOI Unit", address: "foi@harbourshire.police.uk" },
        subject: "FOI Response - HP-FOI-2026-00188",
        body: "Dear Larkhill Council,\n\nI write in connection with your request for information, in which you asked:\n\n1. The number of thefts recorded in 2025.\n\nResponse:\n1. 412.\n\nIf you are dissatisfied with this response you may request an internal review within 40 working days.\n\nFOI Unit",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("authority_response");
  });

  it("keeps a training course advert that names FOISA and the EIRs out of the register", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Events", address: "events@trainingco.example" },
        subject: "Last places: EIR course",
        body: "There are only four places left on our one-day FOI and EIRs course. Topics include handling requests for information about planning.\n\nBook now at trainingco.example.",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("marketing");
  });

  it("treats a planning objection as a representation, not an EIR request", () => {
    const result = recogniseMessage(
      message({
        subject: "Objection to 26/00101/FUL",
        body: "I object to planning application 26/00101/FUL on the following grounds:\n\n1. Noise late at night.\n2. Loss of trees.\n\nPlease register my objection.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("other");
  });

  it("treats a request to delete personal data as a service request, not a SAR", () => {
    const result = recogniseMessage(
      message({
        subject: "Please delete my details",
        body: "Please remove my name from your consultation mailing list and delete any personal information you hold about me.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBe("imogen.tallis@example.org");
  });

  it("keeps a thank-you for a repair out of the register, with nobody to reply to", () => {
    const result = recogniseMessage(
      message({
        subject: "Thank you",
        body: "Just wanted to say thanks to whoever fixed the streetlight on Elm Row so quickly.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBeNull();
  });

  it("reads a thank-you that announces a possible further request as a follow-up", () => {
    const result = recogniseMessage(
      message({
        subject: "RE: FOI 26/041 - response",
        body: "Many thanks for the information on school transport. I may come back with a further request once I've compared it with other councils.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("followup");
    expect(result.references).toEqual(["FOI 26/041"]);
  });

  it("keeps a colleague forwarding our own outgoing response as internal mail", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Nell Ford", address: "nell.ford@larkhill.gov.uk" },
        subject: "FW: FOI/2026/0102 response sent",
        body: "FYI - this has gone out.\n\nFrom: Nell Ford\nSent: 02 March 2026 10:00\nTo: Imogen Tallis <imogen.tallis@example.org>\nSubject: FOI/2026/0102 Your request\n\nDear Ms Tallis,\n\nThank you for your request about parking fines. We issued 5,120 fines in 2025.\n\nFOI Team",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("internal");
  });

  it("keeps WhatDoTheyKnow's own team out of the register", () => {
    const result = recogniseMessage(
      message({
        from: { name: "WhatDoTheyKnow", address: "team@whatdotheyknow.com" },
        subject: "Please check your FOI address",
        body: "Could you confirm that foi@larkhill.gov.uk is still the right address for Freedom of Information requests?\n\nThe WhatDoTheyKnow team",
      }),
    );
    expect(result.kind).toBe("other");
  });

  it("treats a Scottish 'requirement for review' as an internal review", () => {
    const result = recogniseMessage(
      message({
        subject: "Review of my request",
        body: "Please treat this as a requirement for review under section 20 of FOISA. Your response withheld the figures under section 27, which I do not think applies.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("internal_review");
  });

  it("keeps a coroner's demand for documents out of the register", () => {
    const result = recogniseMessage(
      message({
        subject: "Inquest touching the death of Mr A",
        body: "Under paragraph 1 of Schedule 5 to the Coroners and Justice Act 2009, the Coroner requires you to provide:\n\n1. The incident report.\n2. The incident log.\n\nCoroner's Officer",
      }),
    );
    expect(result.kind).toBe("other");
  });

  it("reads a caller's own 999 call recording as a SAR", () => {
    const result = recogniseMessage(
      message({
        subject: "Recording of 999 call",
        body: "Please can you send me the recording of my call to your control room on 4 June and the log of the times.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("sar");
  });

  it("reads a fee paid with 'I have made the payment' as a follow-up", () => {
    const result = recogniseMessage(
      message({
        subject: "EIR/2026/118 - payment made",
        body: "I have made the payment of £18.50 through your online payments page. Please go ahead and send the plans.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("followup");
  });

  it("keeps another authority's acknowledgement of our own request out of the register", () => {
    const result = recogniseMessage(
      message({
        from: { name: "FOI", address: "foi@harbourshire.gov.scot" },
        subject: "Acknowledgement - HSC-FOI-2026-0042",
        body: "Dear Requester,\n\nYour request has been received and will be dealt with within 20 working days. Your reference is HSC-FOI-2026-0042.\n\nHarbourshire Council",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBeNull();
  });

  it("keeps a search-ranking pitch out of the register", () => {
    const result = recogniseMessage(
      message({
        subject: "Quick question about your website",
        body: "I was checking your website and noticed it is not ranking for several keywords. Could I send over a free report showing how we can get you to the top of Google?\n\nDan",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("marketing");
  });

  it("reads a request for the information behind the sender's own failed vetting as a SAR", () => {
    const result = recogniseMessage(
      message({
        subject: "Vetting decision",
        body: "I was told I had failed vetting. I would like to see the information the force used to reach that decision.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("sar");
  });

  it.each([
    [
      "Insurance",
      "Please tell me the name of your insurers for public liability and the premium paid in 2025.",
      "foi",
    ],
    [
      "Waste contract",
      "When does the contract for waste collection end, and how much is it worth each year?",
      "foi",
    ],
    [
      "Inquest report",
      "Please send me the report the council submitted to the inquest into the Elm Row fire.",
      "foi",
    ],
    [
      "My records",
      "Please send me copies of all records you hold about me, including my bank details and payment history.",
      "sar",
    ],
  ])(
    "still registers a request that shares words with non-requests (%s)",
    (subject, body, kind) => {
      const result = recogniseMessage(message({ subject, body: `${body}\n\nImogen Tallis` }));
      expect(result.kind).toBe(kind);
    },
  );

  it("reads a request for quarry dust monitoring as EIR", () => {
    const result = recogniseMessage(
      message({
        subject: "Quarry",
        body: "I would like copies of any dust monitoring results the council holds for Hill Quarry and the complaints logged about dust since 2024.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
  });

  it("reads 'emails in which I am mentioned' as a SAR", () => {
    const result = recogniseMessage(
      message({
        subject: "Data request",
        body: "Please provide copies of all emails in which I am mentioned by name between January and April 2026.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("sar");
  });

  it("keeps an out-of-office without headers in a reply thread out of the register", () => {
    const result = recogniseMessage(
      message({
        subject: "Re: Your FOI request FOI/2026/0412",
        body: "Thank you for your email. I'm currently on maternity leave and not checking this inbox regularly.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBeNull();
  });

  it("keeps another authority passing on a request it received in error out of the register", () => {
    const result = recogniseMessage(
      message({
        from: { name: "IG", address: "foi@ashbury.gov.uk" },
        subject: "Request received in error",
        body: "We have received the request below, which relates to your services. We have advised the requester to contact you directly.\n\n> How many permits were issued in 2025?",
      }),
    );
    expect(result.kind).toBe("other");
  });

  it("gives a regulator's notification that asks nothing no requester", () => {
    const result = recogniseMessage(
      message({
        from: { name: "ICO", address: "decisions@ico.org.uk" },
        subject: "Decision notice published",
        body: "The Commissioner's decision notice concerning your reference FOI/2025/1188 has been published today.\n\nICO",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBeNull();
  });

  it("keeps a staffing question about the recycling service as FOI", () => {
    const result = recogniseMessage(
      message({
        subject: "FOI request",
        body: "Under the Freedom of Information Act, please tell me the number of agency workers in waste and recycling services on 1 August 2026.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
  });

  it("reads private water supply test results as EIR", () => {
    const result = recogniseMessage(
      message({
        subject: "Water tests",
        body: "Please send me the results of all tests carried out on our private water supply since 2020.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
  });

  it("treats a tenant chasing her own repair as a service request", () => {
    const result = recogniseMessage(
      message({
        subject: "Repair job 445120",
        body: "Can you tell me when the repair to my bathroom ceiling will be done? The job number is 445120.\n\nImogen",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("service");
  });

  it("does not read an environmental word in the authority's own name as the request's subject", () => {
    const result = recogniseMessage(
      message({
        to: [{ name: "Saltfen Internal Drainage Board", address: "clerk@saltfen-idb.org.uk" }],
        subject: "Information request",
        body: "To the Clerk, Saltfen Internal Drainage Board\n\nPlease provide:\n\n1. The allowances paid to each board member in 2025/26.\n2. The salary band of the Clerk.\n3. The total drainage rates received in 2025/26.\n\nImogen Tallis\n4 Fen Row, Saltfen SF1 2AB",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.reasons.join(" ")).toMatch(/1 of 3 questions .*EIR/);
  });

  it("keeps a pay request that asks one question about recycling centres' staff as FOI", () => {
    const result = recogniseMessage(
      message({
        subject: "Senior pay and consultancy spend",
        body: "Dear Fenmoor Waste Disposal Authority,\n\n1. What was your chief officer's total remuneration in 2025/26?\n2. How much did you spend on external consultants in 2025/26?\n3. How many agency workers were engaged at your household waste recycling centres on 1 October 2026?\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("foi");
  });

  it("reads a list whose first question is about fly tipping as EIR", () => {
    const result = recogniseMessage(
      message({
        subject: "Our alley",
        body: "Please could you tell me:\n\n1. How many fly tipping incidents were recorded behind Mill Road in 2025?\n2. How many led to a fixed penalty notice?\n3. How much the council spent on CCTV cameras in 2025?\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
  });

  it("reads a list with one question about wildlife monitoring as EIR, wherever that question sits", () => {
    const result = recogniseMessage(
      message({
        subject: "Road verges",
        body: "Please send me:\n\n1. The current mowing schedule for rural roads.\n2. The report behind the change to the schedule.\n3. Any pollinator monitoring done on the verges since 2023.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
  });

  it("reads copies of everything on the sender's complaints, under data protection law, as a SAR", () => {
    const result = recogniseMessage(
      message({
        subject: "Noise complaints about the kennels",
        body: "I want copies of everything on my complaints: the diary sheets I sent, the officers' notes and the noise monitoring results. I would also like to know how many noise complaints you have received about the kennels from other people. I am asking under data protection law.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("sar");
  });

  it("keeps a manager's notice about FOI/EIR/SAR deadlines out of the register, with nobody to reply to", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Dana Moss", address: "dana.moss@larkhill.gov.uk" },
        to: [{ name: "FOI Team", address: "foi@larkhill.gov.uk" }],
        subject: "Christmas closure – FOI/EIR/SAR deadlines",
        body: "Hi all,\n\n1. Requests that arrive during the closure are logged on 4 January.\n2. Any SAR due over the closure must go out by 23 December.\n\nPlease send me anything outstanding on FOI/2026/0412 by Friday.\n\nDana",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBeNull();
  });

  it("reads a request in a text file that opens with a memo heading (To/From/Date)", () => {
    const result = recogniseMessage(
      message({
        subject: "Information request",
        body: "Dear FOI Officer,\n\nPlease find attached a request for information.\n\nImogen Tallis",
        attachments: [
          {
            name: "request.txt",
            mimeType: "text/plain",
            size: 300,
            text: "REQUEST FOR INFORMATION\nTo: Larkhill Council\nFrom: Imogen Tallis\nDate: 1 April 2026\n\nPlease provide:\n\n1. The weekly fee rates for residential care in 2025/26.\n2. The number of placements funded above those rates.\n",
          },
        ],
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.questions).toEqual([
      "The weekly fee rates for residential care in 2025/26.",
      "The number of placements funded above those rates.",
    ]);
  });

  it("reads a colleague's 'could you log it please' note above an Outlook forward as passing on a request", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Dev Patel", address: "dev.patel@larkhill.gov.uk" },
        to: [{ name: "FOI", address: "foi@larkhill.gov.uk" }],
        subject: "FW: E-books",
        body: "Hi FOI team,\n\nThis came in to the libraries inbox yesterday. I think it needs to go through you as he's asking for figures? Could you log it please.\n\nThanks\nDev\n\nDev Patel\nCustomer Services Lead - Libraries\nLarkhill Council\n\n-----Original Message-----\nFrom: Rhona Price <rhona.price@example.net>\nSent: 26 March 2026 17:48\nTo: Libraries <libraries@larkhill.gov.uk>\nSubject: E-books\n\nPlease could you tell me how much the library service spent on e-books in each of the last three years?\n\nRhona Price",
      }),
    );
    expect(result.kind).toBe("foi");
    expect(result.requester.email).toBe("rhona.price@example.net");
  });

  it("reads a request for a planning enforcement case file as EIR", () => {
    const result = recogniseMessage(
      message({
        subject: "Extension at 88 Mill Road",
        body: "I would like copies of the enforcement case file for this site, including the officer's site visit notes and any decision on whether to take action.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
  });

  it("reads 'a freedom of information request for a copy of all my maternity notes' as a SAR", () => {
    const result = recogniseMessage(
      message({
        subject: "Request",
        body: "I'd like to make a freedom of information request for a copy of all my maternity notes from when I had my daughter in 2024.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("sar");
  });

  it("keeps a consultation response sent to the FOI address out of the register, keeping its sender", () => {
    const result = recogniseMessage(
      message({
        subject: "Licensing policy consultation",
        body: "We would like to submit the following response to the consultation on the draft licensing policy:\n\n1. We support extending the cumulative impact area.\n2. The terminal hour should be 23:00.\n\nPlease could you acknowledge receipt.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBe("imogen.tallis@example.org");
  });

  it("keeps a missed bin reported through a website form filed under 'Freedom of Information' out of the register", () => {
    const result = recogniseMessage(
      message({
        subject: "Website enquiry: Freedom of Information",
        body: "A new enquiry has been submitted.\n\nName: Imogen Tallis\nEmail: imogen.tallis@example.org\nEnquiry type: Freedom of Information\nMessage:\nOur green bin has not been emptied for three collections. Can someone please make sure it is collected this week.",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.otherCategory).toBe("service");
  });

  it("keeps a colleague's figures for a logged case out of the register, even from another domain", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Craig Hall", address: "craig.hall@larkhillfire.gov.uk" },
        to: [{ name: "Anita Rowe", address: "anita.rowe@sharedservice.gov.uk" }],
        subject: "RE: FOI/2026/0131 - data needed by 3 April",
        body: "Anita,\n\nFigures below for the Echo request:\n\n- 2024: 13m 51s\n- 2025: 14m 37s\n\nOn the third part, I'd suggest we rely on section 22, but can we have a quick chat before you draft?\n\nCraig\n\nFrom: Anita Rowe <anita.rowe@sharedservice.gov.uk>\nSent: 25 March 2026 09:03\nTo: Craig Hall <craig.hall@larkhillfire.gov.uk>\nSubject: FOI/2026/0131 - data needed by 3 April\n\nHi Craig, please could you pull together the attendance times?",
      }),
    );
    expect(result.kind).toBe("other");
    expect(result.requester.email).toBeNull();
  });

  it("still registers a requester's review that says the council relied on a section", () => {
    const result = recogniseMessage(
      message({
        subject: "Re: FOI/2026/0131",
        body: "I am not happy with your response. You relied on section 22 but the paper has now been published. Please carry out an internal review.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("internal_review");
  });

  it("reads a SAR made on a website form whose footer says it is an automated message", () => {
    const result = recogniseMessage(
      message({
        from: { name: "Larkhill Council website", address: "noreply@larkhill.gov.uk" },
        replyTo: [{ name: "Imogen Tallis", address: "imogen.tallis@example.org" }],
        subject: "Online form: Request the personal information we hold about you (WF-8830142)",
        body: "A form has been submitted.\n\nYour full name: Imogen Tallis\nEmail address: imogen.tallis@example.org\nAddress: 3 Field Close, Larkhill LK7 2QT\n\nWhat information do you want?:\nMy personnel file and the notes from my disciplinary hearing in January 2026.\n\nThis is an automated message. Do not reply to this address; replies go to the customer.",
      }),
    );
    expect(result.kind).toBe("sar");
    expect(result.requester.email).toBe("imogen.tallis@example.org");
  });

  it("reads a request about sea wall repairs as EIR", () => {
    const result = recogniseMessage(
      message({
        subject: "Promenade",
        body: "I want to know how much the council has budgeted for the sea wall repairs on the promenade this year and how much has been spent so far.\n\nImogen Tallis",
      }),
    );
    expect(result.kind).toBe("eir");
  });
});
