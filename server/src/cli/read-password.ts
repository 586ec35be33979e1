import { createInterface } from 'node:readline';

/** One line from a pipe: `echo "$PASSWORD" | npm run users -- add …`. */
async function readLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Asks on the terminal without echoing what is typed. */
function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
    });
    const output = terminal as unknown as { _writeToOutput: (text: string) => void };
    let asked = false;
    output._writeToOutput = (text) => {
      // Print the question once; swallow the echo of each typed character.
      if (!asked) process.stdout.write(text);
      asked = true;
    };
    terminal.question(question, (answer) => {
      process.stdout.write('\n');
      terminal.close();
      resolve(answer);
    });
  });
}

/** The password from standard input when piped, else asked twice on the terminal. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readLine(process.stdin);
  const first = await ask('Password: ');
  const again = await ask('Same password again: ');
  if (first !== again) throw new Error('The two passwords differ. Nothing was changed.');
  return first;
}
