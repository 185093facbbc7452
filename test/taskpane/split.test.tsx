/** @jest-environment jsdom */
// The pane's "Dela upp per ansvarig" (job 6) on the real service and the emulator: one click reads
// the goal table, makes one workbook per responsible body and offers them as one .zip; each file
// holds only its body's goals and the record `collect` merges against, read with the pane's own
// reader. Where the host cannot download, the pane says so and gives the command line; without
// downloads at all it shows no button, only the command. Nothing in the workbook changes.
import "./jsdomEncoding";
import * as React from "react";
import { fireEvent, render, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import JSZip from "jszip";
import type { GoalWorkbookService } from "../../src/excel/service";
import { readSentGrid } from "../../src/plan/sent";
import { CollectSection } from "../../src/taskpane/components/CollectSection";
import type { DownloadPort } from "../../src/taskpane/download";
import { useJobs } from "../../src/taskpane/state/useJobs";
import { readXlsxReturn } from "../../src/xlsxlite/read";
import { parse } from "../collect/returns";
import { goalTable, setup, type Setup } from "../excel/helpers";
import { FIVE_BODIES, fiveBodies } from "../xlsxlite/fiveBodies";

let s: Setup;
beforeEach(async () => {
  s = setup();
  await s.service.applyLoad(fiveBodies(), "sv");
});
afterEach(() => s.restore());

function Harness(props: {
  service: GoalWorkbookService;
  canDownload: boolean;
  download?: DownloadPort;
}): React.JSX.Element {
  const jobs = useJobs();
  return (
    <CollectSection
      lang="sv"
      service={props.service}
      jobs={jobs}
      onCollected={() => undefined}
      split={{
        canDownload: props.canDownload,
        download: props.download,
        documentUrl: "C:\\Mål\\Huvud%20fil.xlsx",
      }}
    />
  );
}

function renderSection(props: Parameters<typeof Harness>[0]): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness {...props} />
    </FluentProvider>,
  );
}

const section = (): HTMLElement => document.querySelector('[data-section="collect"]') as HTMLElement;

test("downloads one .zip with a workbook per body, each with only its goals and its record", async () => {
  const downloads: { bytes: Uint8Array; name: string; type: string }[] = [];
  const download: DownloadPort = {
    download: (bytes, name, type) => {
      downloads.push({ bytes, name, type });
      return true;
    },
  };
  const before = goalTable(s.emu);
  renderSection({ service: s.service, canDownload: true, download });
  fireEvent.click(within(section()).getByRole("button", { name: "Dela upp per ansvarig" }));
  // Which file it is making, while it makes them.
  await within(section()).findByText(/^Skapar fil [1-5] av 5: .+\.xlsx…$/, {}, { timeout: 20_000 });
  await within(section()).findByText(
    "Filerna till de ansvariga är skapade och erbjuds för hämtning",
    {},
    { timeout: 20_000 },
  );

  expect(downloads.map((d) => [d.name, d.type])).toEqual([
    ["Exempelkommun 2024 per ansvarig.zip", "application/zip"],
  ]);
  const zip = await JSZip.loadAsync(downloads[0].bytes);
  const names = Object.keys(zip.files);
  const FILES = [
    "Kommunstyrelsen.xlsx",
    "Tekniska nämnden.xlsx",
    "Miljö- och konsumentnämnden.xlsx",
    "Barn-ungdom- nämnd-.xlsx",
    "Kultur, idrott & fritid.xlsx",
  ];
  expect([...names].sort()).toEqual([...FILES].sort());
  const text = section().textContent ?? "";
  expect(text).toContain("5 arbetsböcker i Exempelkommun 2024 per ansvarig.zip");
  expect(text).toContain("Kommunstyrelsen.xlsx: Kommunstyrelsen, 3 mål");

  const ids = new Map(before.body.map((r) => [r[0], r[before.header.indexOf("Ansvarig")]]));
  for (const [i, body] of FIVE_BODIES.entries()) {
    const name = FILES[i];
    const read = await readXlsxReturn(await (zip.file(name) as JSZip.JSZipObject).async("uint8array"), {
      parse,
    });
    const record = readSentGrid(read.sent ?? []);
    expect(record).toMatchObject({
      organisation: "Exempelkommun",
      year: 2024,
      main: "Huvud fil.xlsx",
      responsible: body,
    });
    const goalIds = read.tables?.goals.body.map((r) => r[0]) ?? [];
    expect(goalIds.length).toBeGreaterThan(0);
    expect(goalIds.every((id) => ids.get(id) === body)).toBe(true);
    expect(record?.goals.map((g) => g.id)).toEqual(goalIds);
  }
  // Every file of one click records the same split.
  const splits = new Set<string>();
  for (const n of names)
    splits.add(
      readSentGrid(
        (await readXlsxReturn(await (zip.file(n) as JSZip.JSZipObject).async("uint8array"), { parse }))
          .sent ?? [],
      )?.split ?? "",
    );
  expect(splits.size).toBe(1);
  expect(goalTable(s.emu)).toEqual(before);
}, 60_000);

test("where the host refuses the download it says so and gives the command line", async () => {
  renderSection({ service: s.service, canDownload: true, download: { download: () => false } });
  fireEvent.click(within(section()).getByRole("button", { name: "Dela upp per ansvarig" }));
  await within(section()).findByText("Excel här låter inte tillägget hämta filer", {}, { timeout: 20_000 });
  expect(section().textContent).toContain(
    "Ingen fil hämtades. Dela upp arbetsboken på kommandoraden i stället:npx maluppfoljning split FIL.xlsx --out-dir MAPP",
  );
}, 60_000);

test("without downloads there is no button, only the command line", () => {
  renderSection({ service: s.service, canDownload: false });
  expect(within(section()).queryByRole("button", { name: "Dela upp per ansvarig" })).toBeNull();
  expect(section().textContent).toContain(
    "Filerna till de ansvariga skapas på kommandoraden: npx maluppfoljning split FIL.xlsx --out-dir MAPP",
  );
});

test("a workbook without a goal table gets the service's message, and nothing is downloaded", async () => {
  const empty = setup();
  try {
    const download = { download: jest.fn(() => true) };
    renderSection({ service: empty.service, canDownload: true, download });
    fireEvent.click(within(section()).getByRole("button", { name: "Dela upp per ansvarig" }));
    await within(section()).findByText("Det gick inte", {}, { timeout: 20_000 });
    expect(section().textContent).toMatch(/Maluppfoljning_Mal/);
    expect(download.download).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(
        within(section())
          .getByRole("button", { name: "Dela upp per ansvarig" })
          .getAttribute("aria-disabled"),
      ).not.toBe("true"),
    );
  } finally {
    empty.restore();
  }
}, 60_000);
