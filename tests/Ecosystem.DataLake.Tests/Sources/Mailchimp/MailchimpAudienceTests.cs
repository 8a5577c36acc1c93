using System.IO.Compression;
using Ecosystem.DataLake.Datasets.EmailAudience;
using Ecosystem.DataLake.Sources.Mailchimp;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Mailchimp;

public sealed class MailchimpAudienceTests
{
    [Theory]
    [InlineData("Mailchimp/subscribed_members_export_5f2a.csv", "mailchimp.audience_subscribed")]
    [InlineData("Mailchimp/unsubscribed_members_export_5f2a.csv", "mailchimp.audience_unsubscribed")]
    [InlineData("Mailchimp/cleaned_members_export_5f2a.csv", "mailchimp.audience_cleaned")]
    public void EachFileOfTheExport_IsDetectedBySystemColumnsWhateverTheMergeFields(string file, string format) =>
        Assert.Equal(format, Registry.Detect(file));

    [Fact]
    public void Subscribed_CountsPerConfirmationDayAndTheMembers_AndARejectedRowCarriesNoPersonalData()
    {
        var items = GoldenFiles.Parse(new MailchimpSubscribedHandler(), "Mailchimp/subscribed_members_export_5f2a.csv", landedOn: new DateOnly(2026, 7, 5));
        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToDictionary(r => (r.Date, r.Metric), r => r.Value);

        Assert.Equal(3, rows[(new DateOnly(2026, 7, 2), "opted_in")]); // Ana confirmed on the 2nd, Bo and Cy opted in that day
        Assert.Equal(3, rows[(new DateOnly(2026, 7, 5), "subscribed_members")]);
        var reject = Assert.Single(items, i => i.Reject is not null).Reject!;
        Assert.DoesNotContain("@", reject.RawLine, StringComparison.Ordinal);
        Assert.DoesNotContain("Dee", reject.RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAudienceZip_LandsAsCountsOnly_NoAddressAnywhereInCurated()
    {
        using var lake = await TestLake.CreateAsync(rejectThreshold: 0.5);
        var zip = Path.Combine(TestFiles.TempFolder(), "audience_export_5f2a.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "subscribed_members_export_5f2a.csv", "unsubscribed_members_export_5f2a.csv", "cleaned_members_export_5f2a.csv" })
            {
                archive.CreateEntryFromFile(TestFiles.Path($"Mailchimp/{name}"), name);
            }
        }

        await lake.IngestAsync(zip);
        var run = await lake.RunAsync();

        Assert.Equal(3, run.Promoted);
        var rows = await lake.CuratedRowsAsync(EmailAudienceDailyContract.Instance);
        Assert.Equal(1, rows.Single(r => r.Metric == "unsubscribed").Value);
        Assert.Equal(new DateOnly(2026, 6, 1), rows.Single(r => r.Metric == "cleaned").Date);
        foreach (var key in await lake.KeysAsync(Ecosystem.DataLake.Zones.Zone.Curated, "dataset=email_audience_daily/"))
        {
            await using var stream = await lake.Store.OpenReadAsync(Ecosystem.DataLake.Zones.Zone.Curated, key, default);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            Assert.DoesNotContain("example.com", System.Text.Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
        }
    }
}
