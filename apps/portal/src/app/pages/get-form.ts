/**
 * The fields of a plain GET form being submitted, read as the browser would send them, with empty
 * fields as null (left out of the URL). The pages' forms work without script; with it, they
 * navigate in the app instead of reloading.
 */
export function submittedFields(event: SubmitEvent): (name: string) => string | null {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  return (name) => {
    const v = data.get(name);
    return (typeof v === 'string' && v.trim()) || null;
  };
}
