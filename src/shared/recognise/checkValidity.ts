/**
 * Whether a request meets FOIA s8(1): in writing (email counts), stating the applicant's name and
 * an address for correspondence (an email address is one), and describing the information
 * requested. A request that fails is not a valid request, but s16 (advice and assistance) still
 * applies: tell the applicant what is missing.
 */

export interface Validity {
  valid: boolean;
  /** What s8 needs that the request lacks: "name", "address" or "description". */
  missing: Array<"name" | "address" | "description">;
}

/**
 * @example checkValidity({ name: "Ann Other", email: "ann@example.org", postalAddress: null, describesInformation: true })
 * // { valid: true, missing: [] }
 */
export function checkValidity(request: {
  name: string | null;
  email: string | null;
  postalAddress: string | null;
  describesInformation: boolean;
}): Validity {
  const missing: Validity["missing"] = [];
  const name = (request.name ?? "").trim();
  if (name.length < 2 || name.includes("@")) missing.push("name");
  if (!request.email && !request.postalAddress) missing.push("address");
  if (!request.describesInformation) missing.push("description");
  return { valid: missing.length === 0, missing };
}
