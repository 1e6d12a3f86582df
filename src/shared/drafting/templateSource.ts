/** A template's source text: a subject line and a body, both Handlebars in letter markup. */
export interface TemplateSource {
  subject: string;
  body: string;
}
