using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RestrictedCSharp.Arena.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> make the context without starting the server.</summary>
internal sealed class DesignTimeArenaDb : IDesignTimeDbContextFactory<ArenaDb>
{
    public ArenaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArenaDb>().UseSqlite("Data Source=design-time.db").Options);
}
