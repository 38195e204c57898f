export function App() {
  return (
    <main>
      <h1>Tanci options</h1>
      <section aria-labelledby="about">
        <h2 id="about">About &amp; licences</h2>
        <p>
          Tanci {browser.runtime.getManifest().version} — a reader for Chinese environmental and
          climate-policy news.
        </p>
      </section>
    </main>
  );
}
