// The route closes the banner it made, whatever happens while it renders.
import express from "express";
import { LiveFile } from "./live-file";

class TenantBanner extends LiveFile {
  constructor(tenant: string) {
    super(`/etc/tenants/${tenant}/banner.txt`);
  }

  html(): string {
    return `<div class="banner">${this.text.trim()}</div>`;
  }
}

export const router = express.Router();

router.get("/banner/:tenant", (req, res) => {
  const banner = new TenantBanner(req.params.tenant.replace(/[^a-z0-9-]/g, ""));
  try {
    res.send(banner.html());
  } finally {
    banner.close();
  }
});
