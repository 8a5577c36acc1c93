namespace Ecosystem.Warehouse.Exports;

/// <summary>
/// What <c>/exports/{dataset}.csv</c> serves: every fact, dimension and operations table of the warehouse, with the
/// column the <c>from</c>/<c>to</c> filters apply to and whether <c>source</c> and <c>artist</c> filters apply.
/// </summary>
public static class ExportCatalog
{
    public sealed record ExportTable(string Name, string? DateColumn, bool HasSource, string? ArtistFilter)
    {
        /// <summary>Fact rows carry the landed file they came from, so the <c>file</c> filter applies.</summary>
        public bool HasFile => Name == "royalty_line" || (DateColumn is not null && !Name.StartsWith("royalty_", StringComparison.Ordinal));
    }

    private const string ByAliasMembers = "artist_alias_id IN (SELECT m.alias_id FROM artist_alias_member m JOIN artist a ON a.id = m.artist_id WHERE a.name = $artist)";
    private const string ByArtistText = "artist IN (SELECT al.name FROM artist_alias al JOIN artist_alias_member m ON m.alias_id = al.id JOIN artist a ON a.id = m.artist_id WHERE a.name = $artist) OR artist = $artist";

    public static IReadOnlyDictionary<string, ExportTable> Tables { get; } = new ExportTable[]
    {
        new("royalty_line", "sale_month", true, ByAliasMembers),
        new("royalty_month", "sale_month", true, null),
        new("royalty_country_month", "sale_month", true, null),
        new("stream_daily", "date", true, ByAliasMembers),
        new("audience_daily", "date", true, ByAliasMembers),
        new("song_period", "as_of", true, ByAliasMembers),
        new("social_daily", "date", true, null),
        new("social_post", "as_of", true, null),
        new("ad_daily", "date_start", true, null),
        new("email_campaign", "send_date", true, null),
        new("email_audience_daily", "date", true, null),
        new("link_daily", "date", true, null),
        new("expense", "date", true, null),
        new("rights_split", "as_of", true, ByArtistText),
        new("catalog_entry", "as_of", true, null),
        new("fx_rate", "date", true, null),
        new("artist", null, false, null),
        new("artist_alias", null, false, null),
        new("artist_alias_member", null, false, null),
        new("track", null, false, null),
        new("release", null, false, null),
        new("platform", null, false, null),
        new("store_alias", null, false, null),
        new("country", null, false, null),
        new("account", null, false, null),
        new("campaign", null, true, null),
        new("etl_run", null, false, null),
        new("source_file", null, true, null),
        new("quality_issue", null, false, null),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);
}
