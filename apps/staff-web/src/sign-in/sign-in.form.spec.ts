import { readSignInForm } from './sign-in.form';

describe('the sign-in form', () => {
  it('asks for both answers when neither is given', () => {
    expect(readSignInForm({}).errors).toEqual([
      { field: 'username', text: 'Enter your username' },
      { field: 'password', text: 'Enter your password' },
    ]);
  });

  it('keeps the username as typed (trimmed) when only the password is missing', () => {
    const { answers, errors } = readSignInForm({ username: '  casey ', password: '' });
    expect(answers.username).toBe('casey');
    expect(errors.map((e) => e.field)).toEqual(['password']);
  });

  it('never trims a password: spaces may be part of it', () => {
    expect(readSignInForm({ username: 'casey', password: ' pass phrase ' })).toEqual({ answers: { username: 'casey', password: ' pass phrase ' }, errors: [] });
  });
});
