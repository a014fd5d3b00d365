// One observer for the life of the page, created at module level.
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) console.log(entry.name, entry.duration);
});
observer.observe({ entryTypes: ['longtask'] });
