// Which session an admin URL names (`/__mock/sessions/<id>`, `?session=`), as its x-mock-session header named it.
// The router decodes a URL as UTF-8, but Node reads a header's bytes one character each: a name a client sent as
// UTF-8 bytes (curl, Go) is keyed by those characters, one it percent-encoded (fetch cannot send past
// U+00FF) by the escapes as written. Requests keep their names as sent; only the admin side tries each form.

/** What the admin routes look sessions up in: a live session, or a note that one was dropped. */
export interface KnownSessions {
  peek(id: string): unknown;
  lostNote(id: string): unknown;
}

/**
 * The forms an x-mock-session header may have had for a name decoded from a URL, most literal first: the name
 * itself (ASCII, or characters up to U+00FF sent one byte each, as fetch sends them); its UTF-8 bytes read one
 * character each, as Node reads a header sent in UTF-8; its percent-encoding. One form for a plain ASCII name.
 */
export function headerForms(name: string): string[] {
  const forms = [name];
  const add = (form: string) => {
    if (!forms.includes(form)) forms.push(form);
  };
  const bytes = asHeaderBytes(name);
  if (bytes !== undefined) add(bytes);
  add(encodeURIComponent(name));
  return forms;
}

/**
 * The session a decoded URL name stands for: the first of its header forms that names a session (live or
 * dropped). When none does yet (a scenario chosen before the first request): the name itself when every character
 * fits in one byte, as fetch, the SDKs, ws and Python's requests send it; else the form a header sent in UTF-8 has
 * (curl, Go), which is the only way such a name arrives unencoded.
 */
export function sessionFromUrl(name: string, sessions: KnownSessions): string {
  const forms = headerForms(name);
  if (forms.length === 1) return name;
  const known = forms.find((form) => sessions.peek(form) !== undefined || sessions.lostNote(form) !== undefined);
  return known ?? (oneByteEach(name) ? name : asHeaderBytes(name) ?? name);
}

/** Whether every character of the name is at most U+00FF: a client may send it one byte each. */
function oneByteEach(name: string): boolean {
  for (let index = 0; index < name.length; index += 1) if (name.charCodeAt(index) > 0xff) return false;
  return true;
}

/** A non-ASCII name's UTF-8 bytes, one character each (how Node reads them in a header); undefined for ASCII. */
function asHeaderBytes(name: string): string | undefined {
  const bytes = Buffer.from(name, 'utf8');
  // ASCII alone is one byte a character.
  return bytes.length === name.length ? undefined : bytes.toString('latin1');
}
