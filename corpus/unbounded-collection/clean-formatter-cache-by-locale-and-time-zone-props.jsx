// A clock component caches its Intl formatters by locale, time zone and whether seconds show:
// one entry per setting the app uses, however often it renders.
import React, { useEffect, useState } from "react";

const formatters = {};

function formatterFor(locale, timeZone, seconds) {
  const key = `${locale}|${timeZone}|${seconds ? "s" : ""}`;
  if (!formatters[key]) {
    formatters[key] = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", second: seconds ? "2-digit" : undefined, timeZone });
  }
  return formatters[key];
}

export default function Clock({ locale = "en-GB", timeZone = "UTC", seconds = false }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return <time>{formatterFor(locale, timeZone, seconds).format(now)}</time>;
}
