import { useEffect, useState } from "react";

const query = "(prefers-color-scheme: dark)";

/** True while the browser asks for a dark colour scheme; follows changes. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return undefined;
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return dark;
}
