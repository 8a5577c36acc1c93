using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.AppleMusic;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Sources.YouTube;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources;

/// <summary>Spotify's playlists list, Apple Music's song table and YouTube's videos response, and a guard over every golden file.</summary>
public sealed class RemainingFormatsTests
{
    private static readonly DateOnly Landed = new(2026, 10, 20);

    [Fact]
    public void SpotifyPlaylists_DateAddedMayBeEmptyOrADash_AnythingElseIsRejected()
    {
        const string File = "SpotifyForArtists/4aawyAB9vmqN3uQ7FjRGTy-playlists-28day.csv";
        Assert.Equal(SpotifyPlaylistsListHandler.FormatId, Registry.Detect(File));
        var items = GoldenFiles.Parse(new SpotifyPlaylistsListHandler(), File, landedOn: Landed);
        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal(("Indie Pop Rising", "Spotify", 12040L, 30112L, new DateOnly(2026, 7, 2), "28day"), (rows[0].Playlist, rows[0].Author, rows[0].Listeners!.Value, rows[0].Streams!.Value, rows[0].DateAdded!.Value, rows[0].Period));
        Assert.Null(rows[1].DateAdded);
        Assert.Null(rows[2].DateAdded);
        Assert.Contains("date_added 'July 2'", Assert.Single(items, i => i.Reject is not null).Reject!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AppleSongTable_FrenchHeadersAndSpaces_ThePeriodFromTheName()
    {
        Assert.Equal(AppleMusicSongsTableHandler.FormatId, Registry.Detect("AppleMusic/songs-fr.csv"));
        var rows = GoldenFiles.Rows(new AppleMusicSongsTableHandler(), "AppleMusic/songs-fr.csv", "apple-songs-28day.csv", Landed);

        Assert.Equal([("Glass Harbor", 1204L, (long?)640), ("Paper Moons", 987L, null)], rows.Select(r => (r.Song, r.Streams!.Value, r.Listeners)));
        Assert.All(rows, r => Assert.Equal(("Apple Music", "28day"), (r.Platform, r.Period)));
        Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(new AppleMusicSongsTableHandler(), "AppleMusic/songs-fr.csv", "songs.csv", Landed));
    }

    [Fact]
    public void YouTubeVideos_IsoDurationsAndStringCounts_HiddenLikesAreNoValue()
    {
        Assert.Equal(YouTubeVideosHandler.FormatId, Registry.Detect("Json/youtube-videos.json"));
        var posts = GoldenFiles.Rows(new YouTubeVideosHandler(), "Json/youtube-videos.json", landedOn: Landed);

        Assert.Equal((213L, 8000L, 380L, 41L, new DateOnly(2026, 10, 3)), (posts[0].DurationSeconds!.Value, posts[0].Views!.Value, posts[0].Likes!.Value, posts[0].Comments!.Value, posts[0].PublishedDate!.Value));
        Assert.Null(posts[1].Likes);
        Assert.Equal(20, posts[1].DurationSeconds);
    }

    [Fact]
    public void EveryGoldenFile_IsClaimedByAtMostOneHandler_AndOnlyTheUnknownOnesByNone()
    {
        var root = TestFiles.Path(string.Empty);
        var unknownOnPurpose = new[] { "Other/unknown-inventory.csv", "Other/empty.csv", "Other/binary.png" };
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var sample = GoldenFiles.Sample(relative);
            var claims = Registry.Sources.Handlers.Where(h => h.Match(sample).Kind == FormatMatchKind.Match).Select(h => h.Format).ToList();
            Assert.True(claims.Count <= 1, $"{relative} is claimed by {string.Join(", ", claims)}");
            var detection = Registry.Detect(relative);
            Assert.True(detection != QuarantineReasons.UnknownFormat || unknownOnPurpose.Contains(relative), $"{relative} is not recognised by any handler");
        }
    }
}
