/** Writing the CLI's output so that exiting right after loses none of it. */

/**
 * Resolves once `text` is handed to the OS: process.exit() after a plain write() can cut a
 * large report short where pipes are asynchronous. A closed pipe (`| head`) is not an error.
 */
export function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== "EPIPE") reject(error);
      else resolve();
    });
  });
}
