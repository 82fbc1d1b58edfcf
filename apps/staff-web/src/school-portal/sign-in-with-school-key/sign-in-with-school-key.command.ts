/** A school's staff signing in with the school's key, as typed (surrounding spaces from a paste dropped). */
export class SignInWithSchoolKeyCommand {
  private constructor(readonly key: string) {}

  static create(key: string): SignInWithSchoolKeyCommand {
    const trimmed = key.trim();
    if (!trimmed) throw new Error("a school's key is needed");
    if (/\s/.test(trimmed)) throw new Error("a school's key has no spaces in it");
    return new SignInWithSchoolKeyCommand(trimmed);
  }
}
