import { createRoot } from "react-dom/client";
import { App } from "./App";

// tab.html?config=1 is the channel tab's configuration page (see manifest configurableTabs).
const page = new URLSearchParams(window.location.search).get("config") === "1" ? "config" : "tab";
const container = document.getElementById("root");
if (container) createRoot(container).render(<App page={page} />);
