import type { FieldError } from '../web/forms';

export interface SignInAnswers {
  username: string;
  password: string;
}

/** The answers as typed (the username kept for the re-rendered form, trimmed), and what is missing. */
export function readSignInForm(body: unknown): { answers: SignInAnswers; errors: FieldError[] } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const answers = {
    username: typeof raw.username === 'string' ? raw.username.trim() : '',
    password: typeof raw.password === 'string' ? raw.password : '',
  };
  const errors: FieldError[] = [];
  if (!answers.username) errors.push({ field: 'username', text: 'Enter your username' });
  if (!answers.password) errors.push({ field: 'password', text: 'Enter your password' });
  return { answers, errors };
}
