using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ecosystem.DataLake.Manifest;
using Microsoft.Extensions.DependencyInjection;

namespace Ecosystem.Dashboard.Tests;

/// <summary>Quarantined files come back byte for byte; reports and KPI series download like any table.</summary>
public sealed class PipelinePageTests
{
    [Fact]
    public async Task A_quarantined_file_downloads_as_it_landed_with_its_reason()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        var bytes = Encoding.UTF8.GetBytes("Totally,Unknown,Header\n1,2,3\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await File.WriteAllBytesAsync(Path.Combine(dashboard.Landing, "mystery.csv"), bytes);
        var manifest = dashboard.App.Services.GetRequiredService<LakeManifest>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await manifest.FindAsync(sha, timeout.Token))?.Status != LakeObjectStatus.Quarantined)
        {
            await Task.Delay(100, timeout.Token);
        }

        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };
        var file = await http.GetAsync(new Uri($"/pipeline/quarantine/{sha}", UriKind.Relative));
        var reason = await http.GetStringAsync($"/pipeline/quarantine/{sha}/reason");
        var listed = ExportTests.Read(await http.GetByteArrayAsync("/exports/quarantine.csv"));
        var portals = ExportTests.Read(await http.GetByteArrayAsync("/exports/needs_login.csv"));
        var unknown = await http.GetAsync(new Uri($"/pipeline/quarantine/{new string('0', 64)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("mystery.csv", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("unknown_format", reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["file", "sha256", "reason_code", "reason", "quarantine_key"], listed[0]);
        Assert.Equal(("mystery.csv", sha, "unknown_format"), (listed[1][0], listed[1][1], listed[1][2]));
        // No data yet: every portal asks for a first export, with where to sign in.
        Assert.Equal(12, portals.Count - 1);
        Assert.All(portals.Skip(1), p => Assert.StartsWith("no export yet", p[3], StringComparison.Ordinal));
        Assert.Contains(portals, p => p[0] == "distrokid" && p[4] == "https://distrokid.com/bank/");
    }

    [Fact]
    public async Task A_loaded_curated_partition_downloads_as_the_exact_version_the_warehouse_loaded()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        var statement = Encoding.UTF8.GetBytes(
            "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n" +
            "2026-03-05\t2026-01\tSpotify\tNova Reyes\tGlass Harbor\tQZHL22400001\t0196000000001\t1200\t100\tSong\tUS\t0\t4.56\n");
        await File.WriteAllBytesAsync(Path.Combine(dashboard.Landing, "distrokid.tsv"), statement);
        var database = dashboard.App.Services.GetRequiredService<Ecosystem.Warehouse.Schema.WarehouseDatabase>();
        (string Key, string Sha)? loaded = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (loaded is null)
        {
            await Task.Delay(100, timeout.Token);
            await database.MigrateAsync(timeout.Token);
            await using var connection = await database.OpenAsync(timeout.Token);
            loaded = Ecosystem.Warehouse.Schema.SqlQuery.List(connection, "SELECT object_key, sha256 FROM loaded_partition WHERE dataset = 'royalty_line'", r => (r.GetString(0), r.GetString(1))).Cast<(string, string)?>().FirstOrDefault();
        }

        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };
        var bytes = await http.GetByteArrayAsync($"/lake/curated/{loaded.Value.Key}?sha256={loaded.Value.Sha}");
        var missing = await http.GetAsync(new Uri($"/lake/curated/{loaded.Value.Key}?sha256={new string('0', 64)}", UriKind.Relative));

        Assert.Equal(loaded.Value.Sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var table = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(new MemoryStream(bytes));
        Assert.Equal("QZHL22400001", Assert.Single(table.Data)["isrc"]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Reports_download_as_CSV_and_Parquet_with_the_rows_the_page_shows()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        await dashboard.ExecAsync("""
            INSERT INTO etl_run (id, run_id, started_at_utc, finished_at_utc, status, files_loaded, rows_written, rows_deleted) VALUES (1, 'r1', '2026-11-01T00:00:00Z', '2026-11-01T00:00:01Z', 'ok', 1, 2, 0);
            INSERT INTO quality_issue (severity, rule, entity, message, detected_run_id) VALUES ('warning', 'gap', 'spotify', 'A gap, with a comma', 1), ('error', 'split_sum', 'QZ1', '=90 %', 1);
            """);
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };

        var issues = ExportTests.Read(await http.GetByteArrayAsync("/exports/quality_issues.csv"));
        var kpis = ExportTests.Read(await http.GetByteArrayAsync("/exports/kpis.csv"));
        var parquet = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(new MemoryStream(await http.GetByteArrayAsync("/exports/warehouse_loads.parquet")));

        Assert.Equal(["severity", "rule", "entity", "message"], issues[0]);
        Assert.Equal([["error", "split_sum", "QZ1", "'=90 %"], ["warning", "gap", "spotify", "A gap, with a comma"]], issues.Skip(1).Select(r => r.ToArray()).ToArray());
        Assert.Equal("number", kpis[0][0]);
        Assert.Equal(28, kpis.Skip(1).Where(r => r[3].Length == 0).Select(r => r[1]).Distinct().Count());
        Assert.Equal([("r1", 2L)], parquet.Data.Select(row => ((string)row["run_id"]!, (long)row["rows_written"]!)));
    }
}
