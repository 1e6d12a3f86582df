/**
 * Who is asking and where the answer goes: the reply address (Reply-To over From; the
 * WhatDoTheyKnow per-request address kept exactly), a name a person would write on a letter,
 * their organisation and the kind of requester FOI teams report on.
 */
import type { RequesterType } from "../cases/case";
import type { BodyParts } from "./splitBody";
import {
  cleanAddress,
  domainOf,
  personalMailDomain,
  type MailAddress,
  type MailMessage,
} from "./mailMessage";

export interface RequesterDetails {
  name: string | null;
  email: string | null;
  type: RequesterType;
  organisation: string | null;
  postalAddress: string | null;
  /** Why the type was chosen, for a person to read. */
  typeReason: string | null;
}

export const whatDoTheyKnowAddress = /^foi\+(?:request-)?\d+-[0-9a-f]+@whatdotheyknow\.com$/i;

const genericName =
  /\b(?:team|research|info|information|admin|enquiries|enquiry|office|support|department|service|services|desk|noreply|no-reply|mailbox|requests?|unit|helpdesk|contact|hello|sales|marketing)\b/i;
const titleWords =
  /^(?:sgt|cpl|pc|dc|insp|capt|maj|col|lt|gen|sir|dame|lord|lady|prof|professor)\.?\s+/i;
const organisationWords =
  /\b(?:ltd|limited|llp|plc|cic|trust|council|university|college|association|society|group|network|foundation|charity|partnership|campaign|gazette|news|times|echo|post|voice|ledger|press|media|institute|union|party|alliance|coalition|friends of|cyfeillion|residents|solicitors|chambers|consulting|consultants|associates|agency|company|church|hospital|school|academy|club|federation|forum|watch|cymru|ecology)\b/i;
const postcode = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
const streetAddress =
  /\b\d{1,4}[A-Za-z]?,? [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2} (?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Close|Court|Grove|Drive|Crescent|Place|Terrace|Gardens|Yard|Row|Hill|Walk|Mews|Square|Parade|View|Green|Park|Rise|Fields|Bryn|Heol|Stryd|Ffordd)\b/;

const typeRules: ReadonlyArray<{
  type: RequesterType;
  where: "identity" | "all";
  pattern: RegExp;
  reason: string;
}> = [
  {
    type: "elected_representative",
    where: "identity",
    pattern:
      /\b(?:cllr|councillor|county councillor|member of parliament|mp for|msp|mla|aelod (?:o'r senedd|dros)|member for|ward member)\b|(?:^|\s)(?:mp|ms|am)$/im,
    reason: "signs as an elected representative",
  },
  {
    type: "solicitor",
    where: "identity",
    pattern:
      /\b(?:solicitors?|law firm|legal services|barristers?|chambers|sra no|llp\b.{0,60}\bsolicitors|legally privileged|regulated by the solicitors)/i,
    reason: "writes from a law firm",
  },
  {
    type: "journalist",
    where: "all",
    pattern:
      /\b(?:journalist|reporter|news editor|editor|correspondent|newsroom|news desk|gazette|newspaper|broadcaster|freelance writer)\b/i,
    reason: "describes themselves as a journalist",
  },
  {
    type: "researcher",
    where: "all",
    pattern:
      /\b(?:university|phd|doctoral|academic|lecturer|professor|postgraduate|student|i am researching|my research|researcher at)\b/i,
    reason: "writes as an academic researcher",
  },
  {
    type: "campaign_group",
    where: "identity",
    pattern:
      /\b(?:campaign(?:ing|s)?|action group|residents'? association|friends of|cyfeillion|charity|registered charity|trust|society|alliance|coalition|taxpayers|ratepayers|pressure group|advocacy|network)\b/i,
    reason: "writes for a campaign group or charity",
  },
  {
    type: "campaign_group",
    where: "all",
    pattern:
      /\b(?:we are campaigning|is campaigning|our campaign|on behalf of (?:the )?[a-z' ]{0,40}(?:campaign|residents'? association|action group))\b/i,
    reason: "writes for a campaign group or charity",
  },
  {
    type: "business",
    where: "identity",
    pattern: /\b(?:ltd|limited|plc|llp|trading as)\b/i,
    reason: "writes for a business",
  },
  {
    type: "business",
    where: "all",
    pattern:
      /\b(?:our clients?|my business|our company|our firm|bidding|prospective (?:bidder|supplier)|location manager|consultancy|i run a)\b/i,
    reason: "writes for a business",
  },
];

function cleanName(raw: string): string {
  let name = raw
    .replace(/["“”]/g, "")
    .replace(/\([^)]{0,40}\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  while (titleWords.test(name)) name = name.replace(titleWords, "");
  return name.replace(/\s*\|.*$/, "").trim();
}

function personLine(line: string): boolean {
  return /^(?:(?:dr|mr|mrs|ms|miss|mx|rev\.?|cllr|prof)\.?\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,3}$/.test(
    line,
  );
}

function parseAddressLine(line: string): MailAddress | null {
  const angle = /^\s*"?([^"<]{0,120})"?\s*<([^>]{3,320})>/.exec(line);
  if (angle) {
    const address = cleanAddress(angle[2]);
    return address ? { name: (angle[1] ?? "").trim(), address } : null;
  }
  const bare = /([^\s<>[\]]+@[^\s<>[\]]+)/.exec(line);
  const address = cleanAddress(bare?.[1]);
  return address
    ? {
        name: line
          .replace(bare?.[1] ?? "", "")
          .replace(/[[\]<>]/g, "")
          .trim(),
        address,
      }
    : null;
}

function organisationFrom(signature: string, name: string | null): string | null {
  for (const line of signature.split("\n").slice(0, 8)) {
    if (name && line.includes(name)) continue;
    if (/@|https?:|www\.|^\+?\d[\d\s]{6,}$/.test(line)) continue;
    const pieces = line.split(/\s*[,|–-]\s+/);
    for (const piece of [...pieces].reverse()) {
      if (organisationWords.test(piece) && piece.length <= 80) {
        return piece.replace(/\s*\((?:registered )?charity[^)]*\)/i, "").trim();
      }
    }
  }
  return null;
}

const jobTitle =
  /\b(?:officer|manager|director|head|editor|reporter|researcher|secretary|clerk|chair|partner|journalist|lecturer|professor|student|assistant|adviser|advisor|consultant|coordinator|co-ordinator|executive|founder|owner|volunteer|caseworker|councillor|cllr|member)\b/i;

/** The line under the name in a signature, when it looks like an organisation's name. */
function lineAfterName(lines: readonly string[], name: string | null): string | null {
  if (!name) return null;
  const at = lines.findIndex((line) => line.includes(name));
  const next = at >= 0 ? lines[at + 1] : undefined;
  if (!next || next.length > 60 || /[@\d]|https?:|www\.|\.[a-z]{2,4}$/i.test(next)) return null;
  if (jobTitle.test(next) || !/^[A-Z]/.test(next) || next.split(/\s+/).length > 6) return null;
  return next;
}

/**
 * The requester of a message.
 * @example identifyRequester(message, parts).email // "foi+request-655310-7d41be02@whatdotheyknow.com"
 */
export function identifyRequester(message: MailMessage, parts: BodyParts): RequesterDetails {
  let source: MailAddress | null = null;
  const forwardedFrom =
    parts.forwarded && parts.forwardedFrom ? parseAddressLine(parts.forwardedFrom) : null;
  if (forwardedFrom) source = forwardedFrom;
  const replyTo = message.replyTo.find((entry) => entry.address !== "");
  const from = message.from;
  if (!source) {
    if (from && whatDoTheyKnowAddress.test(from.address)) source = from;
    else if (replyTo) {
      // Prefer the fuller of the two display names ("Nell" in Reply-To, "Nell Ashdown" in From).
      const fromName = from?.name ?? "";
      const name = replyTo.name.split(/\s+/).length >= 2 || !fromName ? replyTo.name : fromName;
      source = { name, address: replyTo.address };
    } else source = from;
  }
  const email = source?.address ? source.address : null;

  let name: string | null = source?.name ? cleanName(source.name) : null;
  const signatureLines = parts.signature.split("\n").map((line) => line.trim());
  if (!name || genericName.test(name) || name.includes("@")) {
    const person = signatureLines.find(
      (line) => personLine(line) && !organisationWords.test(line) && !genericName.test(line),
    );
    const organisation = organisationFrom(parts.signature, null);
    name = person ?? organisation ?? name;
  }
  if (name === "") name = null;
  const organisation =
    organisationFrom(parts.signature, name) ?? lineAfterName(signatureLines, name);

  const identity = [source?.name ?? "", parts.signature, organisation ?? ""].join("\n");
  const everything = `${identity}\n${parts.main.slice(0, 3000)}`;
  let type: RequesterType = "public";
  let typeReason: string | null = null;
  const domain = email ? domainOf(email) : "";
  if (
    /(?:^|\.)(?:parliament\.uk|senedd\.wales|parliament\.scot|niassembly\.gov\.uk)$/.test(domain)
  ) {
    type = "elected_representative";
    typeReason = "writes from a parliament address";
  } else {
    for (const rule of typeRules) {
      if (rule.pattern.test(rule.where === "identity" ? identity : everything)) {
        type = rule.type;
        typeReason = rule.reason;
        break;
      }
    }
    if (type === "public" && /\.ac\.uk$|\.edu$/.test(domain)) {
      type = "researcher";
      typeReason = "writes from a university address";
    } else if (type === "public" && domain && !personalMailDomain.test(domain) && organisation) {
      type = "business";
      typeReason = "writes from an organisation's address";
    }
  }
  let postalAddress: string | null = null;
  for (const line of [...signatureLines, ...parts.main.split("\n").slice(-15)]) {
    const trimmed = line.trim();
    if (trimmed.length > 160) continue;
    if (postcode.test(trimmed) || streetAddress.test(trimmed)) {
      postalAddress = trimmed;
      break;
    }
  }
  return { name, email, type, organisation, postalAddress, typeReason };
}
