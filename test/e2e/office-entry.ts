// What the test serves in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js:
// the Excel emulator's browser entry (window.Office, Excel, OfficeExtension and __emulator), with
// the adapter's workbook-settings shim until the emulator has workbook settings itself (the shim
// steps aside once it does).
import "./emulator-options";
import { installSettingsShim } from "../excel/settings-shim";
import "../emulator/browser-entry";

installSettingsShim();
