using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovSim.Classroom.Tests;

/// <summary>
/// One headless Chromium for the class — Debian's, at /usr/bin/chromium, driven through Playwright (no browser
/// download). A missing browser fails every test with a sentence naming the script that installs it.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException(
                $"The classroom's browser tests drive Debian's Chromium at {Executable}, which is missing: run tools/install-test-deps.sh (as root) to install it.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable, Args = ["--no-sandbox"], Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The classroom page in a real browser: the teacher's controls move the race, a viewer only watches.</summary>
public class ClassroomBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Patience = 30_000; // milliseconds: generous, bounded waits for what the page must show
    private static readonly (string Mode, string Zh)[] Modes =
        [("administrative", "行政式"), ("market", "市场式"), ("network", "网络式"), ("cyborg", "赛博格"), ("mosaic", "拼盘")];

    [Fact]
    public async Task The_teachers_page_shows_five_panels_and_the_controls_and_play_runs_every_government()
    {
        await using var s = await Session.OpenAsync(chromium.Browser, teacher: true);
        var page = s.Page;
        await Expect(page.Locator(".panel")).ToHaveCountAsync(5, new() { Timeout = Patience });
        foreach (var (mode, zh) in Modes)
        {
            var name = page.Locator($".panel[data-mode={mode}] .mode-zh");
            await Expect(name).ToBeVisibleAsync();
            await Expect(name).ToHaveTextAsync(zh);
        }

        await Expect(page.Locator("#controls")).ToBeVisibleAsync();
        await Expect(page.Locator("#view-only")).ToBeHiddenAsync();

        await SetSlider(page, "speed", 48);
        await Expect(page.Locator("#speed-info")).ToHaveTextAsync("48", new() { Timeout = Patience });
        var before = await SimHours(page);
        await page.ClickAsync("#play");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-status", "running", new() { Timeout = Patience });
        await page.WaitForFunctionAsync("h => Number(document.getElementById('sim-hours').dataset.value) > h", before, new() { Timeout = Patience });
        await page.WaitForFunctionAsync(
            "() => { const c = [...document.querySelectorAll('.panel dd[data-field=completed]')].map(d => Number(d.dataset.value));"
            + " return c.length === 5 && c.every(n => n > 0); }", null, new() { Timeout = Patience });
        s.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Pause_stops_the_clock()
    {
        await using var s = await Session.OpenAsync(chromium.Browser, teacher: true);
        var page = s.Page;
        await PlayAt(page, 24);
        await page.WaitForFunctionAsync("() => Number(document.getElementById('sim-hours').dataset.value) > 2", null, new() { Timeout = Patience });

        await page.ClickAsync("#pause");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-status", "paused", new() { Timeout = Patience });
        var paused = await SimHours(page);
        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(paused, await SimHours(page));
        Assert.Equal(paused, s.Classroom.Server.Classroom.SimHours);
        Assert.False(s.Classroom.Server.Classroom.Running);
        s.AssertNoScriptErrors();
    }

    [Fact]
    public async Task The_demand_slider_logs_the_change_and_brings_more_cases_in_the_next_day()
    {
        await using var s = await Session.OpenAsync(chromium.Browser, teacher: true);
        var page = s.Page;
        var classroom = s.Classroom.Server.Classroom;
        await Expect(page.Locator(".panel")).ToHaveCountAsync(5, new() { Timeout = Patience });

        // Monday at the default demand warms the government up; Tuesday at the default demand is the comparison day.
        var monday = await StepTo(page, classroom, 24);
        var tuesday = await StepTo(page, classroom, 48);

        await SetSlider(page, "demand", 30);
        await Expect(page.Locator("#log li").First).ToContainTextAsync("Demand set to 30 cases per hour", new() { Timeout = Patience });
        await Expect(page.Locator("#log li").First).ToContainTextAsync("Day 3, 00:00");
        await Expect(page.Locator("#demand-value")).ToHaveTextAsync("30", new() { Timeout = Patience });
        var change = Assert.Single(classroom.Scenario.Interventions);
        Assert.Equal((48.0, (double?)30), (change.AtHours, change.ArrivalsRatePerHour));
        Assert.Equal(48, await SimHours(page)); // the change does not move the clock

        var wednesday = await StepTo(page, classroom, 72);
        var comparison = tuesday - monday;
        var raised = wednesday - tuesday;
        Assert.True(raised > 1.5 * comparison,
            $"completed + in government grew by {raised} over Wednesday at 30 cases per hour, by {comparison} over Tuesday at the default 8");
        s.AssertNoScriptErrors();
    }

    [Fact]
    public async Task The_outage_button_takes_the_platform_down_where_there_is_one()
    {
        await using var s = await Session.OpenAsync(chromium.Browser, teacher: true);
        var page = s.Page;
        // A few simulated days in, paused on Thursday morning, so the panels and charts have something to show.
        await PlayAt(page, 24);
        await page.WaitForFunctionAsync("() => Number(document.getElementById('sim-hours').dataset.value) >= 82", null, new() { Timeout = Patience });
        await page.ClickAsync("#pause");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-status", "paused", new() { Timeout = Patience });
        var cyborg = page.Locator(".panel[data-mode=cyborg] [data-platform]");
        await Expect(cyborg).ToHaveAttributeAsync("data-platform", "up");

        await page.FillAsync("#outage-hours", "12");
        await page.ClickAsync("#outage");
        await Expect(cyborg).ToHaveAttributeAsync("data-platform", "down", new() { Timeout = Patience });
        await Expect(cyborg).ToHaveClassAsync(new Regex(@"\bplatform-down\b"));
        await Expect(cyborg).ToContainTextAsync("platform DOWN");
        await Expect(page.Locator(".panel[data-mode=administrative] [data-platform]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".panel[data-mode=administrative] .platform-none")).ToBeVisibleAsync();
        await Expect(page.Locator("#log li").First).ToContainTextAsync("Platform taken down for 12 hours", new() { Timeout = Patience });
        Assert.Equal(12, Assert.Single(s.Classroom.Server.Classroom.Scenario.Interventions).PlatformDownHours);

        await page.WaitForFunctionAsync("() => document.querySelectorAll('.chart-box canvas').length === 3", null, new() { Timeout = Patience });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "classroom.png"), FullPage = true });
        s.AssertNoScriptErrors();
    }

    [Fact]
    public async Task A_viewers_page_hides_the_controls_and_says_it_is_view_only()
    {
        await using var s = await Session.OpenAsync(chromium.Browser, teacher: false);
        var page = s.Page;
        await Expect(page.Locator(".panel")).ToHaveCountAsync(5, new() { Timeout = Patience });
        await Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = Patience });
        await Expect(page.Locator("#controls")).ToBeHiddenAsync();
        await Expect(page.Locator("#play")).ToBeHiddenAsync();
        await Expect(page.Locator("#view-only")).ToBeVisibleAsync();
        await Expect(page.Locator("#view-only")).ToContainTextAsync("View only");
        s.AssertNoScriptErrors();
    }

    private static async Task<double> SimHours(IPage page) =>
        double.Parse(await page.GetAttributeAsync("#sim-hours", "data-value") ?? "", CultureInfo.InvariantCulture);

    /// <summary>Waits for the five panels, sets the speed (simulated hours per second) and presses play.</summary>
    private static async Task PlayAt(IPage page, int speed)
    {
        await Expect(page.Locator(".panel")).ToHaveCountAsync(5, new() { Timeout = Patience });
        await SetSlider(page, "speed", speed);
        await Expect(page.Locator("#speed-info")).ToHaveTextAsync(speed.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = Patience });
        await page.ClickAsync("#play");
    }

    /// <summary>Sets a range input as a teacher's drag would end: its value, then `input` and `change`.</summary>
    private static Task SetSlider(IPage page, string id, double value) => page.EvalOnSelectorAsync($"#{id}",
        "(e, v) => { e.value = String(v); e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true })); }",
        value);

    /// <summary>Clicks "Step a day", waits for the page to reach <paramref name="hours"/>, and returns the administrative
    /// government's completed cases plus its work in hand, as the server has them.</summary>
    private static async Task<long> StepTo(IPage page, Classroom classroom, double hours)
    {
        await page.ClickAsync("#step");
        await Expect(page.Locator("#sim-hours")).ToHaveAttributeAsync("data-value", hours.ToString(CultureInfo.InvariantCulture), new() { Timeout = Patience });
        var administrative = (await classroom.FrameAsync()).Panels.Single(p => p.Mode == "administrative");
        return administrative.Completed + administrative.InGovernment;
    }

    /// <summary>A classroom server of its own and a fresh browser page on it, the teacher's or a viewer's.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private readonly List<string> _errors = [];

        private Session(ClassroomServer classroom, IBrowserContext context, IPage page)
        {
            Classroom = classroom;
            Context = context;
            Page = page;
            Page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
            // The page must work with the network cable pulled: any request to another host fails the test.
            Page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(classroom.Server.Url, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                    lock (_errors) _errors.Add($"a request outside the demo server: {request.Url}");
            };
        }

        public ClassroomServer Classroom { get; }
        public IBrowserContext Context { get; }
        public IPage Page { get; }

        public static async Task<Session> OpenAsync(IBrowser browser, bool teacher)
        {
            var classroom = await ClassroomServer.StartAsync();
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
            context.SetDefaultTimeout(Patience);
            var session = new Session(classroom, context, await context.NewPageAsync());
            await session.Page.GotoAsync(teacher ? classroom.Server.TeacherUrl : classroom.Server.Url);
            return session;
        }

        /// <summary>No script error and no request outside the demo server so far.</summary>
        public void AssertNoScriptErrors()
        {
            lock (_errors) Assert.Empty(_errors);
        }

        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync(); // the page's event stream ends before the server stops
            await Classroom.DisposeAsync();
        }
    }
}
