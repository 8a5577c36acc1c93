using System.Net;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Ecosystem.Dashboard.Tests;

/// <summary><c>/odata</c> and the Power BI file over real Kestrel, against a warehouse seeded with known rows.</summary>
public sealed class ODataTests
{
    private const string Seed = """
        INSERT INTO etl_run (id, run_id, started_at_utc, finished_at_utc, status, files_loaded, rows_written, rows_deleted) VALUES (1, 'r1', '2026-11-01T00:00:00Z', '2026-11-01T00:00:01Z', 'ok', 1, 5, 0);
        INSERT INTO source_file (id, sha256, source, dataset, original_name, ingest_date, lake_run_id) VALUES (1, 'abc', 'fx_sheet', 'fx_rate', 'fx.csv', '2026-11-01', 'l1');
        INSERT INTO fx_rate (source, date, currency, occurrence, usd_per_unit_nanos, line_no, source_file_id, run_id) VALUES
          ('fx_sheet', '2026-01-01', 'EUR', 1, 1100000000, 1, 1, 1),
          ('fx_sheet', '2026-01-02', 'EUR', 1, 1100000001, 2, 1, 1),
          ('fx_sheet', '2026-01-03', 'EUR', 1, 1150000000, 3, 1, 1),
          ('fx_sheet', '2026-01-02', 'GBP', 1, 1270000000, 4, 1, 1),
          ('fx_sheet', '2026-01-04', 'EUR', 1, 1090000000, 5, 1, 1);
        """;

    [Fact]
    public async Task Metadata_parses_with_every_table_typed_money_as_decimal_and_dates_as_dates()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        await using var stream = await http.GetStreamAsync("/odata/$metadata");
        using var xml = XmlReader.Create(stream);
        Assert.True(CsdlReader.TryParse(xml, out var model, out var errors), string.Join("; ", errors ?? []));

        var sets = model.EntityContainer.EntitySets().Select(s => s.Name).ToList();
        Assert.Contains("royalty_line", sets);
        Assert.Contains("track", sets);
        Assert.Contains("artist", sets);
        var royalty = (IEdmEntityType)model.FindDeclaredType("Ecosystem.Warehouse.royalty_line");
        Assert.Equal(EdmPrimitiveTypeKind.Decimal, royalty.FindProperty("amount").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.Date, royalty.FindProperty("sale_month").Type.PrimitiveKind());
        Assert.Null(royalty.FindProperty("amount_nanos"));
        Assert.Equal(11, royalty.Key().Count());
        var split = (IEdmEntityType)model.FindDeclaredType("Ecosystem.Warehouse.rights_split");
        Assert.Equal(EdmPrimitiveTypeKind.Decimal, split.FindProperty("share_pct").Type.PrimitiveKind());
    }

    [Fact]
    public async Task Filter_orderby_select_top_and_count_return_exactly_the_right_rows()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        await dashboard.ExecAsync(Seed);
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var page = await GetAsync(http, "/odata/fx_rate?$filter=currency eq 'EUR' and date ge 2026-01-02&$orderby=date desc&$top=2&$select=date,usd_per_unit&$count=true");
        var exact = await GetAsync(http, "/odata/fx_rate?$filter=usd_per_unit gt 1.1 and usd_per_unit lt 1.2&$orderby=date,currency");
        var text = await GetAsync(http, "/odata/fx_rate?$filter=startswith(currency, 'GB') or contains(currency, 'XX')");
        var bad = await http.GetAsync(new Uri("/odata/fx_rate?$filter=nope eq 1", UriKind.Relative));

        Assert.Equal(3, page.GetProperty("@odata.count").GetInt64());
        Assert.Equal(
            [("2026-01-04", 1.09m), ("2026-01-03", 1.15m)],
            page.GetProperty("value").EnumerateArray().Select(r => (r.GetProperty("date").GetString(), r.GetProperty("usd_per_unit").GetDecimal())));
        Assert.False(page.TryGetProperty("@odata.nextLink", out _));
        // 1.100000001 is above 1.1 by one billionth: compared on the stored integers, it is in.
        Assert.Equal(
            [("2026-01-02", "EUR", 1.100000001m), ("2026-01-03", "EUR", 1.15m)],
            exact.GetProperty("value").EnumerateArray().Select(r => (r.GetProperty("date").GetString()!, r.GetProperty("currency").GetString()!, r.GetProperty("usd_per_unit").GetDecimal())));
        Assert.Equal(["GBP"], text.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("currency").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Server_paging_links_every_row_exactly_once_and_top_ends_the_chain()
    {
        await using var dashboard = await RunningDashboard.StartAsync(new() { ["ODATA_PAGE_SIZE"] = "2" });
        await dashboard.ExecAsync(Seed);
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var all = await FollowAsync(http, "/odata/fx_rate?$orderby=date,currency");
        var topped = await FollowAsync(http, "/odata/fx_rate?$orderby=date,currency&$top=3&$skip=1");

        Assert.Equal(
            ["2026-01-01 EUR", "2026-01-02 EUR", "2026-01-02 GBP", "2026-01-03 EUR", "2026-01-04 EUR"],
            all.Rows);
        Assert.Equal(3, all.Pages);
        Assert.Equal(["2026-01-02 EUR", "2026-01-02 GBP", "2026-01-03 EUR"], topped.Rows);
    }

    [Fact]
    public async Task The_pbids_file_points_Power_BI_at_the_feed_and_the_feed_takes_the_API_key()
    {
        await using var dashboard = await RunningDashboard.StartAsync(new() { ["API_KEY"] = "k-odata" });
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        using var pbids = JsonDocument.Parse(await http.GetStringAsync("/powerbi/ecosystem.pbids"));
        var without = await http.GetAsync(new Uri("/odata/$metadata", UriKind.Relative));
        var with = await http.GetAsync(new Uri("/odata/platform?api_key=k-odata", UriKind.Relative));

        Assert.Equal("0.1", pbids.RootElement.GetProperty("version").GetString());
        var connection = Assert.Single(pbids.RootElement.GetProperty("connections").EnumerateArray());
        Assert.Equal("odata", connection.GetProperty("details").GetProperty("protocol").GetString());
        Assert.Equal(new Uri(dashboard.BaseAddress, "/odata").ToString(), connection.GetProperty("details").GetProperty("address").GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<(List<string> Rows, int Pages)> FollowAsync(HttpClient http, string url)
    {
        var rows = new List<string>();
        var pages = 0;
        for (string? next = url; next is not null; pages++)
        {
            var page = await GetAsync(http, next.StartsWith("http", StringComparison.Ordinal) ? new Uri(next).PathAndQuery : next);
            rows.AddRange(page.GetProperty("value").EnumerateArray().Select(r => $"{r.GetProperty("date").GetString()} {r.GetProperty("currency").GetString()}"));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return (rows, pages);
    }
}
