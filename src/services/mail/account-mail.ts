import type { Mail } from './mailer.ts';

/** The words of every account email in one place. Links point at the sign-in window on Parley's own origin. */
export const accountMail = {
  verify: (to: string, link: string): Mail => ({
    to, subject: 'Confirm your email for commenting',
    text: `Welcome! Confirm this address to finish creating your account:\n\n${link}\n\nThe link works once and expires in 24 hours. If you did not sign up, ignore this message.`,
  }),
  alreadyRegistered: (to: string, link: string): Mail => ({
    to, subject: 'You already have an account',
    text: `Someone (hopefully you) tried to sign up with this address, which already has an account.\nSign in, or reset your password here:\n\n${link}\n\nIf it was not you, nothing changed.`,
  }),
  magicLink: (to: string, link: string): Mail => ({
    to, subject: 'Your sign-in link',
    text: `Use this link to sign in:\n\n${link}\n\nIt works once and expires in 15 minutes. If you did not ask for it, ignore this message.`,
  }),
  reset: (to: string, link: string): Mail => ({
    to, subject: 'Reset your password',
    text: `Choose a new password here:\n\n${link}\n\nThe link works once and expires in 1 hour. Resetting signs you out everywhere else.`,
  }),
};
