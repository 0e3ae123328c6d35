using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RestrictedCSharp.Arena.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authors",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(maxLength: 32, nullable: false),
                    TokenHash = table.Column<string>(nullable: false),
                    IsOperator = table.Column<bool>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(nullable: false),
                    Payload = table.Column<long>(nullable: false),
                    State = table.Column<string>(nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    LeaseOwner = table.Column<string>(nullable: true),
                    LeaseUntil = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    FinishedAt = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Game = table.Column<string>(nullable: false),
                    Kind = table.Column<string>(nullable: false),
                    Status = table.Column<string>(nullable: false),
                    Seed = table.Column<long>(nullable: false),
                    SettingsJson = table.Column<string>(nullable: false),
                    BudgetsJson = table.Column<string>(nullable: false),
                    ResultJson = table.Column<string>(nullable: true),
                    ReplayJson = table.Column<string>(nullable: true),
                    WinnerBot = table.Column<string>(nullable: true),
                    Failure = table.Column<string>(nullable: true),
                    RequestedBy = table.Column<long>(nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    FinishedAt = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bots",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(maxLength: 32, nullable: false),
                    AuthorId = table.Column<long>(nullable: false),
                    Game = table.Column<string>(nullable: false),
                    CurrentVersionId = table.Column<long>(nullable: true),
                    LastVersionNumber = table.Column<int>(nullable: false),
                    Rating = table.Column<double>(nullable: false),
                    Deviation = table.Column<double>(nullable: false),
                    Volatility = table.Column<double>(nullable: false),
                    Played = table.Column<int>(nullable: false),
                    Wins = table.Column<int>(nullable: false),
                    Losses = table.Column<int>(nullable: false),
                    Draws = table.Column<int>(nullable: false),
                    CreatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bots_authors_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "authors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "match_seats",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MatchId = table.Column<long>(nullable: false),
                    Seat = table.Column<int>(nullable: false),
                    BotId = table.Column<long>(nullable: false),
                    VersionId = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_match_seats_matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "versions",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BotId = table.Column<long>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Status = table.Column<string>(nullable: false),
                    FilesJson = table.Column<string>(nullable: false),
                    ReportJson = table.Column<string>(nullable: true),
                    ArtifactHash = table.Column<string>(nullable: true),
                    Failure = table.Column<string>(nullable: true),
                    SubmittedAt = table.Column<DateTime>(nullable: false),
                    JudgedAt = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_versions_bots_BotId",
                        column: x => x.BotId,
                        principalTable: "bots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_authors_Name",
                table: "authors",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_authors_TokenHash",
                table: "authors",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bots_AuthorId",
                table: "bots",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_bots_Game_Rating",
                table: "bots",
                columns: new[] { "Game", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_bots_Name",
                table: "bots",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jobs_State_Kind_Id",
                table: "jobs",
                columns: new[] { "State", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_match_seats_BotId",
                table: "match_seats",
                column: "BotId");

            migrationBuilder.CreateIndex(
                name: "IX_match_seats_MatchId_Seat",
                table: "match_seats",
                columns: new[] { "MatchId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matches_RequestedBy_CreatedAt",
                table: "matches",
                columns: new[] { "RequestedBy", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_matches_Status_Kind",
                table: "matches",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_versions_BotId_Number",
                table: "versions",
                columns: new[] { "BotId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_versions_SubmittedAt",
                table: "versions",
                column: "SubmittedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "match_seats");

            migrationBuilder.DropTable(
                name: "versions");

            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "bots");

            migrationBuilder.DropTable(
                name: "authors");
        }
    }
}
