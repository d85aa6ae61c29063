/// Which meta tags carry which date. Keys are lower-cased `property`, `name` or `itemprop` values: Open Graph
/// and article tags, Dublin Core, Parse.ly, Sailthru, Highwire (`citation_*`) and the common bare names.
enum PageDateSignals {
    static let publishedMetaKeys = [
        "article:published_time", "og:published_time", "article:published", "published_time", "datepublished",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
        "dc.date", "dcterms.date", "citation_publication_date", "citation_date", "citation_online_date", "pubdate",
        "og:pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
        "pub_date", "published_at", "datecreated", "date", "release_date",
    ]
    static let modifiedMetaKeys = [
        "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
        "article.updated", "modified_time", "last-modified", "lastmod", "updated_time",
    ]
}
