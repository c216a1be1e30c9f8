// alarm.js — the crisis sound, made with WebAudio (no sound file): three
// short tones, high-low-high. Browsers only play sound after the user did
// something on the page, so unlockSound() runs on the login and the first
// click or key. The count of sounds played is kept on <html data-sounds>
// (the browser test reads it).

let audio = null;

export function unlockSound() {
  const AC = window.AudioContext || window.webkitAudioContext;
  if (!audio && AC) {
    try { audio = new AC(); } catch (e) { audio = null; }
  }
  if (audio && audio.state === 'suspended') audio.resume().catch(() => {});
}

export function crisisSound() {
  const root = document.documentElement;
  root.dataset.sounds = String(Number(root.dataset.sounds || 0) + 1);
  if (!audio) return;
  const t = audio.currentTime + 0.01;
  [880, 660, 880].forEach((freq, i) => {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    const at = t + i * 0.22;
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start(at);
    osc.stop(at + 0.2);
  });
}
