User-agent: *
Allow: /

Sitemap: ${content.sitemapUrl}
