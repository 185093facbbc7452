/** @jest-environment jsdom */
// The summary's report actions in the pane: "Kopiera tabell" writes a programme's tables as HTML
// and text (text only, or a message, where the host refuses), and "Skapa rapport" hands the same
// .docx the CLI writes to the download, or says to use the CLI where downloads are impossible.
import "./jsdomEncoding";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { bundledStructure, programReportText, summarize } from "../../src/domain";
import { CopyTableButton, ReportButton, type ReportPorts } from "../../src/taskpane/components/ReportActions";
import { readDocx } from "../report/docx";

const structure = bundledStructure();
const summary = summarize(structure);
const source = {
  summary,
  about: { organisation: structure.organisation, year: 2023, source: structure.source ?? null },
};
const program = summary.programs[0].name;

function ports(over: Partial<ReportPorts> = {}): ReportPorts & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    rich: { write: async (html, text) => void calls.push(["rich", html, text]) },
    text: { writeText: async (text) => void calls.push(["text", text]) },
    download: { download: (bytes, name) => (calls.push(["download", bytes, name]), true) },
    ...over,
  };
}

const wrap = (el: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

it("copies a programme's tables as an HTML table with header cells and as tab-separated text", async () => {
  const p = ports();
  wrap(
    <CopyTableButton
      lang="sv"
      source={source}
      program={program}
      clipboard={null}
      ports={p}
      disabled={false}
    />,
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: `Kopiera tabell: ${program}` })));
  const [kind, html, text] = p.calls[0] as [string, string, string];
  expect(kind).toBe("rich");
  expect(html).toContain('<thead><tr><th scope="col">Målområde</th>');
  expect(html).toContain("<caption>Tabell 1. ");
  expect(text).toContain("Totalt\t42\t9\t29\t4\t0\t17\t24\t1\t0");
  expect(screen.getByRole("status").textContent).toContain("är kopierade");
});

it("falls back to text, and says so, or names the alternatives when the host refuses both", async () => {
  const refused = { write: async () => Promise.reject(new Error("NotAllowed")) };
  const p = ports({ rich: refused });
  const { unmount } = wrap(
    <CopyTableButton
      lang="en"
      source={source}
      program={program}
      clipboard={null}
      ports={p}
      disabled={false}
    />,
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: `Copy table: ${program}` })));
  expect(p.calls[0][0]).toBe("text");
  expect(screen.getByRole("status").textContent).toContain("as text with tabs");
  unmount();
  const none = ports({ rich: refused, text: { writeText: async () => Promise.reject(new Error("no")) } });
  wrap(
    <CopyTableButton
      lang="en"
      source={source}
      program={program}
      clipboard={null}
      ports={none}
      disabled={false}
    />,
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: `Copy table: ${program}` })));
  expect(screen.getByRole("status").textContent).toContain("did not let the add-in write to the clipboard");
});

it("builds the report's .docx and downloads it, or points to the CLI where downloads are impossible", async () => {
  const p = ports();
  const { unmount } = wrap(
    <ReportButton lang="sv" source={source} clipboard={null} ports={p} disabled={false} />,
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Skapa rapport" })));
  await waitFor(() => expect(p.calls).toHaveLength(1));
  const [, bytes, name] = p.calls[0] as [string, Uint8Array, string];
  expect(name).toBe("rapport-2023.docx");
  const doc = await readDocx(bytes);
  expect(doc.text).toContain(programReportText(summary.programs[0], "sv"));
  expect(doc.tables[0].rows[0].header).toBe(true);
  expect(screen.getByRole("status").textContent).toContain("rapport-2023.docx är skapad");
  unmount();
  const no = ports({ download: { download: () => false } });
  wrap(<ReportButton lang="sv" source={source} clipboard={null} ports={no} disabled={false} />);
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Skapa rapport" })));
  await waitFor(() => expect(screen.getByRole("status").textContent).toContain("maluppfoljning report"));
});
