// What the test serves in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js:
// the Excel emulator's browser entry (window.Office, Excel, OfficeExtension and __emulator),
// configured by ./emulator-options first.
import "./emulator-options";
import "../emulator/browser-entry";
