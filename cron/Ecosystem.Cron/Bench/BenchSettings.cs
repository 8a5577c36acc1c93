namespace Ecosystem.Cron.Bench;

public sealed record BenchSettings(int Rows, int Seed, string? WriteStatementPath, StatementLayout Layout, bool Json, bool Dashboard = false, int Clients = 500, int Drops = 20);
