// Stands in for the "setimmediate" package in the browser build (webpack.config.js aliases it
// here). JSZip requires that package for the global setImmediate it calls between the chunks it
// inflates; the package would also run a string given in place of a function as code (new
// Function), which the pane's CSP refuses and the build's check rejects. This gives the same
// global for functions only, on a MessageChannel: a timeout would be held back 4 ms each time.
type Task = () => void;

const host = globalThis as {
  setImmediate?: (fn: (...args: unknown[]) => void, ...args: unknown[]) => unknown;
};

if (typeof host.setImmediate !== "function") {
  const queue: Task[] = [];
  const channel = typeof MessageChannel === "function" ? new MessageChannel() : null;
  if (channel) {
    channel.port1.onmessage = () => {
      const task = queue.shift();
      if (task) task();
    };
  }
  host.setImmediate = (fn, ...args) => {
    if (typeof fn !== "function") throw new TypeError("setImmediate needs a function");
    const task = (): void => fn(...args);
    if (channel) {
      queue.push(task);
      channel.port2.postMessage(null);
    } else {
      setTimeout(task, 0);
    }
    return undefined;
  };
}

export {};
