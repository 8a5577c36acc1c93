using System.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.Dashboard.Tests;

/// <summary><c>/exports/{dataset}.csv</c> over real Kestrel, read back with a real CSV parser.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Awkward_text_round_trips_formulas_are_defused_and_numbers_stay_numbers()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        await dashboard.ExecAsync("""
            INSERT INTO platform (id, name) VALUES (-5, '-5 dBm'), (7, 'Comma, "Quoted"'), (8, 'Line one
            line two'), (9, 'Zoë — Café 東京'), (10, '=cmd|'' /C calc''!A0'), (11, '@SUM(1)'), (12, '+1');
            """);
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var bytes = await http.GetByteArrayAsync("/exports/platform.csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(bytes);
        Assert.Equal(["id", "name"], rows[0]);
        Assert.Equal(
            [
                ["-5", "'-5 dBm"], ["7", "Comma, \"Quoted\""], ["8", "Line one\nline two"], ["9", "Zoë — Café 東京"],
                ["10", "'=cmd|' /C calc'!A0"], ["11", "'@SUM(1)"], ["12", "'+1"],
            ],
            rows.Skip(1).OrderBy(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public async Task Filters_narrow_the_rows_and_an_unknown_dataset_is_a_404()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        await dashboard.ExecAsync("INSERT INTO campaign (source, account, name) VALUES ('meta_ads', 'a', 'Launch'), ('mailchimp', 'list', 'News'), ('meta_ads', 'a', 'Teaser');");
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var rows = Read(await http.GetByteArrayAsync("/exports/campaign.csv?source=meta_ads"));
        var missing = await http.GetAsync(new Uri("/exports/nope.csv", UriKind.Relative));

        Assert.Equal(["Launch", "Teaser"], rows.Skip(1).Select(r => r[3]).Order(StringComparer.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_table_downloads_as_Parquet_with_its_types()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        await dashboard.ExecAsync("INSERT INTO platform (id, name) VALUES (1, 'Spotify'), (2, 'Zoë');");
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var bytes = await http.GetByteArrayAsync("/exports/platform.parquet");

        var table = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(new MemoryStream(bytes));
        Assert.Equal(["id", "name"], table.Schema.DataFields.Select(f => f.Name));
        Assert.Equal([(1L, "Spotify"), (2L, "Zoë")], table.Data.Select(row => ((long)row["id"]!, (string)row["name"]!)));
    }

    [Fact]
    public async Task With_an_API_key_set_exports_need_it()
    {
        await using var dashboard = await RunningDashboard.StartAsync(new() { ["API_KEY"] = "k-123" });
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var without = await http.GetAsync(new Uri("/exports/platform.csv", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/exports/platform.csv");
        request.Headers.Add("X-Api-Key", "k-123");
        var with = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, with.StatusCode);
    }

    internal static List<List<string>> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = false });
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
