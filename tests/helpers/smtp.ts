import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP server on a loopback port that keeps what it receives, for tests that read delivered mail. */
export async function startSmtp(): Promise<{ url: string; inbox: ReceivedMail[]; waitFor: (to: string, subject: RegExp) => Promise<ReceivedMail>; close: () => Promise<void> }> {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); });
      stream.on('end', () => {
        const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
        const subject = /^Subject: (.*)$/im.exec(head)?.[1]?.trim() ?? '';
        // nodemailer sends quoted-printable for long lines: undo soft breaks and =XX escapes.
        const text = rest.join('\n\n').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    async waitFor(to, subject) {
      for (let i = 0; i < 100; i++) {
        const m = inbox.find((x) => x.to.includes(to) && subject.test(x.subject));
        if (m) return m;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail to ${to} matching ${subject}; inbox: ${inbox.map((m) => `${m.to} ${m.subject}`).join('; ')}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function linkToken(mail: ReceivedMail, purpose: string): string {
  const m = new RegExp(`#${purpose}=([\\w%-]+)`).exec(mail.text);
  if (!m) throw new Error(`no ${purpose} link in: ${mail.text}`);
  return decodeURIComponent(m[1]!);
}
