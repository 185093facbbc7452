// The pane's Excel adapter arrives on first use, so the first load stays small; it must then
// behave exactly like the adapter itself.
import { lazyService } from "../../src/taskpane/lazyService";
import { fakeService, summaryResult } from "./fakes";

describe("lazyService", () => {
  it("loads the adapter once, on the first operation, and passes every call through", async () => {
    const real = fakeService();
    real.refreshSummary.mockResolvedValue(summaryResult());
    const load = jest.fn(async () => real);
    const service = lazyService(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([service.refreshSummary("en"), service.validate()]);
    await service.selectCell("Mål!G5");
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.refreshSummary).toHaveBeenCalledWith("en");
    expect(real.validate).toHaveBeenCalledTimes(1);
    expect(real.selectCell).toHaveBeenCalledWith("Mål!G5");
  });

  it("reports a failed download to the job, and tries again on the next operation", async () => {
    const real = fakeService();
    const load = jest
      .fn<Promise<typeof real>, []>()
      .mockRejectedValueOnce(new Error("ChunkLoadError"))
      .mockResolvedValue(real);
    const service = lazyService(load);
    await expect(service.validate()).rejects.toThrow("ChunkLoadError");
    await service.validate();
    expect(load).toHaveBeenCalledTimes(2);
    expect(real.validate).toHaveBeenCalledTimes(1);
  });
});
